package org.cstoquiz.engine.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one card, field for field as ts-fsrs's {@code Card}.
 *
 * @param due            when the card is next due
 * @param stability      FSRS stability S: days until recall probability falls to 90%; 0 for a new card
 * @param difficulty     FSRS difficulty D in [1, 10]; 0 for a new card
 * @param elapsedDays    calendar days between the last two reviews (UTC, or the learner's zone)
 * @param scheduledDays  days from the last review to {@code due}; 0 while in a (re)learning step
 * @param reps           number of reviews so far
 * @param lapses         times the card was forgotten (AGAIN) while in {@link CardState#REVIEW}
 * @param learningSteps  index of the current (re)learning step
 * @param state          life-cycle state
 * @param lastReview     time of the last review; {@code null} only for a card that was never reviewed
 */
public record Card(
        Instant due,
        double stability,
        double difficulty,
        int elapsedDays,
        int scheduledDays,
        int reps,
        int lapses,
        int learningSteps,
        CardState state,
        Instant lastReview) {

    public Card {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (!(stability >= 0) || !Double.isFinite(stability)) {
            throw new IllegalArgumentException("stability must be finite and >= 0: " + stability);
        }
        if (!(difficulty >= 0) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be finite and >= 0: " + difficulty);
        }
        if (elapsedDays < 0 || scheduledDays < 0 || reps < 0 || lapses < 0 || learningSteps < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (state != CardState.NEW && lastReview == null) {
            throw new IllegalArgumentException("a " + state + " card needs its last review time");
        }
    }

    /** A card never reviewed, due at {@code now}. */
    public static Card newCard(Instant now) {
        return new Card(now, 0, 0, 0, 0, 0, 0, 0, CardState.NEW, null);
    }
}
