package org.cstoquiz.engine.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Result of one review.
 *
 * @param next        the card's state after the review
 * @param previous    the card's state before the review
 * @param rating      the rating given
 * @param reviewedAt  when the review happened
 * @param elapsedDays calendar days (in the zone of the review, UTC by default) since the previous review; 0 for a
 *                    new card
 */
public record ReviewOutcome(Card next, Card previous, Rating rating, Instant reviewedAt, int elapsedDays) {

    /** How long until the card is due again: "10 min" for a learning step, whole days once scheduled in days. */
    public Duration interval() {
        return Duration.between(reviewedAt, next.due());
    }
}
