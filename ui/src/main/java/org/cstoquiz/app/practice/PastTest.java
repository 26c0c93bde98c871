package org.cstoquiz.app.practice;

import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.engine.attempt.AttemptState;

/** One closed test of a learner's, for the list of past results. */
public record PastTest(long id, String title, Instant startedAt, AttemptState state, double score, double maxScore,
                       Duration timeUsed) {

    /** The score as a share of the most it could be, in percent (may be negative under negative marking). */
    public double percentage() {
        return maxScore == 0 ? 0 : 100.0 * score / maxScore;
    }
}
