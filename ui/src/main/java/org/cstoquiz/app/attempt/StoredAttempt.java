package org.cstoquiz.app.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * The row of one attempt: what was fixed when it started (owner, behaviour, scheme, the questions
 * as a JSON snapshot, start and deadline) and a summary kept up to date with its steps (state,
 * score, number of steps). The attempt itself is rebuilt by replaying its {@link StoredStep}s; the
 * version guards against two requests appending steps at once.
 */
@Entity
@Table(name = "quiz_attempt")
class StoredAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Behaviour behaviour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ScoringScheme scheme;

    @Column(nullable = false)
    private long seed;

    /** The questions in slot order, in the public JSON export format. */
    @Column(nullable = false)
    private String questions;

    @Column(name = "marks_per_question", nullable = false)
    private double marksPerQuestion;

    /** The areas asked for, as JSON names separated by commas; empty for all. */
    @Column(nullable = false)
    private String areas;

    /** The question types asked for, as JSON names separated by commas; empty for all. */
    @Column(nullable = false)
    private String types;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptState state;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Marks so far (the graded questions) while in progress; the result once closed. */
    private Double score;

    @Column(name = "max_score", nullable = false)
    private double maxScore;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    /** The name of the blueprint a test was taken from, as it was then; empty for practice. */
    @Column(length = 80)
    private String title;

    protected StoredAttempt() {
    }

    StoredAttempt(String owner, AttemptKind kind, Behaviour behaviour, ScoringScheme scheme, long seed,
                  String questions, double marksPerQuestion, String areas, String types, Instant startedAt,
                  Instant deadline, double maxScore, String title) {
        this.owner = owner;
        this.kind = kind;
        this.behaviour = behaviour;
        this.scheme = scheme;
        this.seed = seed;
        this.questions = questions;
        this.marksPerQuestion = marksPerQuestion;
        this.areas = areas;
        this.types = types;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.state = AttemptState.IN_PROGRESS;
        this.maxScore = maxScore;
        this.title = title;
    }

    Long getId() {
        return id;
    }

    String getOwner() {
        return owner;
    }

    AttemptKind getKind() {
        return kind;
    }

    Behaviour getBehaviour() {
        return behaviour;
    }

    ScoringScheme getScheme() {
        return scheme;
    }

    long getSeed() {
        return seed;
    }

    String getQuestions() {
        return questions;
    }

    double getMarksPerQuestion() {
        return marksPerQuestion;
    }

    String getAreas() {
        return areas;
    }

    String getTypes() {
        return types;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Optional<Instant> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    AttemptState getState() {
        return state;
    }

    Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    Optional<Double> getScore() {
        return Optional.ofNullable(score);
    }

    double getMaxScore() {
        return maxScore;
    }

    int getStepCount() {
        return stepCount;
    }

    /** What the learner sees the attempt called: a test by its blueprint's name, a practice session as such. */
    String heading() {
        return kind == AttemptKind.TEST ? Optional.ofNullable(title).orElse("Test") : "Practice session";
    }

    /** Records that {@code added} more steps were appended and what the attempt now looks like. */
    void stepsAppended(int added, AttemptState newState, Instant newFinishedAt, Double newScore) {
        this.stepCount += added;
        this.state = newState;
        this.finishedAt = newFinishedAt;
        this.score = newScore;
    }
}
