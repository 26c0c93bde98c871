package org.cstoquiz.app.review;

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
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.CardState;
import org.cstoquiz.engine.schedule.Rating;

/**
 * One review answer: the fact, the question, whether it was right, the rating it got, and the card
 * as it was before, so that the review can be undone. Kept for progress too.
 */
@Entity
@Table(name = "review_log")
class ReviewLogEntry {

    /** {@code prev_state} of a review that introduced its fact: there was no card before it. */
    private static final String NO_CARD = "NONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 64)
    private String pack;

    @Column(name = "fact_id", nullable = false, length = 200)
    private String factId;

    @Column(name = "question_id", length = 64)
    private String questionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Area area;

    @Column(nullable = false)
    private boolean correct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Rating rating;

    @Column(name = "self_rated", nullable = false)
    private boolean selfRated;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "prev_state", length = 16)
    private String previousState;

    @Column(name = "prev_introduced_at")
    private Instant previousIntroducedAt;

    @Column(name = "prev_due")
    private Instant previousDue;

    @Column(name = "prev_stability")
    private Double previousStability;

    @Column(name = "prev_difficulty")
    private Double previousDifficulty;

    @Column(name = "prev_elapsed_days")
    private Integer previousElapsedDays;

    @Column(name = "prev_scheduled_days")
    private Integer previousScheduledDays;

    @Column(name = "prev_reps")
    private Integer previousReps;

    @Column(name = "prev_lapses")
    private Integer previousLapses;

    @Column(name = "prev_learning_steps")
    private Integer previousLearningSteps;

    @Column(name = "prev_last_review")
    private Instant previousLastReview;

    protected ReviewLogEntry() {
    }

    /**
     * @param before the card before this review and when its fact was introduced; empty when this
     *               review introduced it
     */
    ReviewLogEntry(String username, String pack, String factId, String questionId, Area area, boolean correct,
                   Rating rating, boolean selfRated, Instant reviewedAt, Optional<ReviewCard> before) {
        this.username = username;
        this.pack = pack;
        this.factId = factId;
        this.questionId = questionId;
        this.area = area;
        this.correct = correct;
        this.rating = rating;
        this.selfRated = selfRated;
        this.reviewedAt = reviewedAt;
        before.ifPresentOrElse(stored -> {
            Card card = stored.card();
            this.previousState = card.state().name();
            this.previousIntroducedAt = stored.introducedAt();
            this.previousDue = card.due();
            this.previousStability = card.stability();
            this.previousDifficulty = card.difficulty();
            this.previousElapsedDays = card.elapsedDays();
            this.previousScheduledDays = card.scheduledDays();
            this.previousReps = card.reps();
            this.previousLapses = card.lapses();
            this.previousLearningSteps = card.learningSteps();
            this.previousLastReview = card.lastReview();
        }, () -> this.previousState = NO_CARD);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String pack() {
        return pack;
    }

    String factId() {
        return factId;
    }

    Optional<String> questionId() {
        return Optional.ofNullable(questionId);
    }

    Rating rating() {
        return rating;
    }

    boolean correct() {
        return correct;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    /** Whether the card as it was before this review was kept (answers stored before undo existed were not). */
    boolean undoable() {
        return previousState != null;
    }

    /** Whether this review introduced its fact: undoing it removes the card. */
    boolean introducedTheFact() {
        return NO_CARD.equals(previousState);
    }

    Instant previousIntroducedAt() {
        return previousIntroducedAt;
    }

    /** The card as it was before this review; only for an {@link #undoable()} review that did not introduce its fact. */
    Card previousCard() {
        if (!undoable() || introducedTheFact()) {
            throw new IllegalStateException("review " + id + " has no card before it");
        }
        return new Card(previousDue, previousStability, previousDifficulty, previousElapsedDays, previousScheduledDays,
                previousReps, previousLapses, previousLearningSteps, CardState.valueOf(previousState),
                previousLastReview);
    }

    ReviewHistory.Answer toAnswer() {
        return new ReviewHistory.Answer(factId, area, correct, rating, reviewedAt);
    }
}
