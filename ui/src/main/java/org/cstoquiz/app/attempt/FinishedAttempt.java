package org.cstoquiz.app.attempt;

import java.time.Instant;

/**
 * A closed practice session or test of a learner's, for charting scores over time.
 *
 * @param title      "Practice session", or the test's blueprint title
 * @param percentage marks awarded as a share of the maximum, under the attempt's own scheme (below 0 is possible under
 *                   negative marking)
 */
public record FinishedAttempt(Instant startedAt, String title, boolean test, double percentage) {
}
