package org.cstoquiz.app.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One decision about a curated question, kept for good: its history. */
@Entity
@Table(name = "curation_event")
class CurationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "curated_id", nullable = false)
    private long curatedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HistoryEntry.Action action;

    /** The edited copy as saved (for EDITED), the generated question as reviewed (for REVIEWED). */
    private String question;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected CurationEvent() {
    }

    CurationEvent(long curatedId, HistoryEntry.Action action, String question, String note, String doneBy, Instant doneAt) {
        this.curatedId = curatedId;
        this.action = action;
        this.question = question;
        this.note = note;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(action, Optional.ofNullable(question).map(QuestionJson::read), note, doneBy, doneAt);
    }
}
