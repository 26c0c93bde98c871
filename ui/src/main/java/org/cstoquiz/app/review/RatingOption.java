package org.cstoquiz.app.review;

import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.engine.schedule.Rating;

/** What a rating would give: when the fact would come back. */
public record RatingOption(Rating rating, Duration interval, Instant due) {
}
