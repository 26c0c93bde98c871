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
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.CardState;

/** The stored FSRS card of one learner for one fact of a pack. */
@Entity
@Table(name = "review_card")
class ReviewCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 64)
    private String pack;

    @Column(name = "fact_id", nullable = false, length = 200)
    private String factId;

    @Column(name = "introduced_at", nullable = false)
    private Instant introducedAt;

    @Column(nullable = false)
    private Instant due;

    @Column(nullable = false)
    private double stability;

    @Column(nullable = false)
    private double difficulty;

    @Column(name = "elapsed_days", nullable = false)
    private int elapsedDays;

    @Column(name = "scheduled_days", nullable = false)
    private int scheduledDays;

    @Column(nullable = false)
    private int reps;

    @Column(nullable = false)
    private int lapses;

    @Column(name = "learning_steps", nullable = false)
    private int learningSteps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardState state;

    @Column(name = "last_review")
    private Instant lastReview;

    protected ReviewCard() {
    }

    ReviewCard(String username, String pack, String factId, Instant introducedAt, Card card) {
        this.username = username;
        this.pack = pack;
        this.factId = factId;
        this.introducedAt = introducedAt;
        update(card);
    }

    Long id() {
        return id;
    }

    String pack() {
        return pack;
    }

    String factId() {
        return factId;
    }

    Instant introducedAt() {
        return introducedAt;
    }

    Card card() {
        return new Card(due, stability, difficulty, elapsedDays, scheduledDays, reps, lapses, learningSteps, state,
                lastReview);
    }

    void update(Card card) {
        this.due = card.due();
        this.stability = card.stability();
        this.difficulty = card.difficulty();
        this.elapsedDays = card.elapsedDays();
        this.scheduledDays = card.scheduledDays();
        this.reps = card.reps();
        this.lapses = card.lapses();
        this.learningSteps = card.learningSteps();
        this.state = card.state();
        this.lastReview = card.lastReview();
    }
}
