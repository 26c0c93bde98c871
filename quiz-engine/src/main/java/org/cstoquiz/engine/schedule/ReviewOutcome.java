package org.cstoquiz.engine.schedule;

import java.time.Instant;

/**
 * Result of one review.
 *
 * @param next        the card's state after the review
 * @param previous    the card's state before the review
 * @param rating      the rating given
 * @param reviewedAt  when the review happened
 * @param elapsedDays calendar days (UTC) since the previous review; 0 for a new card
 */
public record ReviewOutcome(Card next, Card previous, Rating rating, Instant reviewedAt, int elapsedDays) {
}
