package org.cstoquiz.app.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One accepted change to an attempt ({@link org.cstoquiz.engine.attempt.Change}): the slot, what
 * happened, the response for a saved answer, and when. Rows are only ever inserted; {@code seq}
 * numbers them from 0 within their attempt, in the order they were applied.
 */
@Entity
@Table(name = "quiz_attempt_step")
class StoredStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private int slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepKind kind;

    /** The saved response as JSON ({@link ResponseJson}); only for {@link StepKind#SAVED}. */
    private String response;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    protected StoredStep() {
    }

    StoredStep(long attemptId, int seq, int slot, StepKind kind, String response, Instant at) {
        this.attemptId = attemptId;
        this.seq = seq;
        this.slot = slot;
        this.kind = kind;
        this.response = response;
        this.at = at;
    }

    long getAttemptId() {
        return attemptId;
    }

    int getSeq() {
        return seq;
    }

    int getSlot() {
        return slot;
    }

    StepKind getKind() {
        return kind;
    }

    String getResponse() {
        return response;
    }

    Instant getAt() {
        return at;
    }
}
