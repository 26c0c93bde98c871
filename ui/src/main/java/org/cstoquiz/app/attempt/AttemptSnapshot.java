package org.cstoquiz.app.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;

/**
 * A stored attempt as the server last rebuilt it from its steps: what practice sessions and tests
 * have in common. Every figure shown to the learner (time left, score, result) comes from here.
 */
public interface AttemptSnapshot {

    long id();

    /** The id of the pack the questions were drawn from. */
    String packId();

    Attempt attempt();

    default AttemptState state() {
        return attempt().state();
    }

    default boolean isOpen() {
        return attempt().state() == AttemptState.IN_PROGRESS;
    }

    /** How many questions. */
    default int size() {
        return attempt().slots().size();
    }

    default Optional<Instant> deadline() {
        return attempt().plan().deadline();
    }

    /** The whole time allowed; empty when untimed. */
    default Optional<Duration> timeAllowed() {
        return deadline().map(deadline -> Duration.between(attempt().plan().startedAt(), deadline));
    }

    /** Time left at {@code now}, never negative; empty when untimed. */
    default Optional<Duration> timeLeft(Instant now) {
        return attempt().timeLeft(now);
    }

    /** The result under the attempt's scoring scheme, once it is closed. */
    default Optional<AttemptResult> result() {
        return attempt().result();
    }
}
