package org.cstoquiz.app.assessment;

import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.scoring.Tally;

/** One closed test of a learner's, for the list of past results: its marks as the result page shows them. */
public record PastTest(long id, String title, Instant startedAt, AttemptState state, Tally total, Duration timeUsed) {
}
