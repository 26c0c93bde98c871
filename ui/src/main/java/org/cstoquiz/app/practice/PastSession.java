package org.cstoquiz.app.practice;

import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.scoring.Tally;

/** One closed practice session of a learner's, for the list of past sessions: its marks as its result page shows them. */
public record PastSession(long id, Instant startedAt, AttemptState state, Tally total, Duration timeUsed) {
}
