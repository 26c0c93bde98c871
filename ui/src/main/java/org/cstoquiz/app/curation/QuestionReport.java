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

/** A learner's report of a problem with a question, open until an instructor resolves it. */
@Entity
@Table(name = "question_report")
class QuestionReport {

    /** How a report was closed. */
    enum Resolution { RETIRED, EDITED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    /** The question as the learner saw it, in the public JSON format. */
    @Column(nullable = false)
    private String question;

    @Column(nullable = false, length = 64)
    private String reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Problem problem;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    protected QuestionReport() {
    }

    QuestionReport(String questionId, String question, String reporter, Problem problem, String note, Instant reportedAt) {
        this.questionId = questionId;
        this.question = question;
        this.reporter = reporter;
        this.problem = problem;
        this.note = note;
        this.reportedAt = reportedAt;
    }

    void resolve(Resolution how, String by, Instant at) {
        this.resolution = how;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    Report toReport() {
        return new Report(id, questionId, reporter, problem, note, reportedAt);
    }

    String getQuestionId() {
        return questionId;
    }

    String getQuestion() {
        return question;
    }
}
