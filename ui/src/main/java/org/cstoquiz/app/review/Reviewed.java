package org.cstoquiz.app.review;

import java.time.Duration;
import java.io.Serializable;
import java.time.Instant;
import org.cstoquiz.engine.schedule.Rating;

/**
 * A rating stored.
 *
 * @param id       the stored review, to undo it
 * @param interval from the review to the next one
 * @param inDays   whether the next review is scheduled in days (due any time on its day) rather than minutes
 */
public record Reviewed(long id, ReviewItem item, Rating rating, Instant at, Instant nextDue, Duration interval,
                       boolean inDays) implements Serializable {
}
