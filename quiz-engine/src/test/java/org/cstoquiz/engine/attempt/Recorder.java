package org.cstoquiz.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Plays actions against an attempt the way the ui would: keeps the latest attempt and persists every change. */
final class Recorder {

    private Attempt attempt;
    private final List<Change> persisted = new ArrayList<>();
    private Outcome last;

    Recorder(Attempt attempt) {
        this.attempt = attempt;
    }

    Outcome play(Action action, java.time.Instant now) {
        return record(attempt.apply(action, now));
    }

    Outcome record(Outcome outcome) {
        last = outcome;
        attempt = outcome.attempt();
        persisted.addAll(outcome.changes());
        return outcome;
    }

    Attempt attempt() {
        return attempt;
    }

    List<Change> persisted() {
        return List.copyOf(persisted);
    }

    Outcome last() {
        return last;
    }

    void assertReplayGivesTheSameAttempt() {
        Attempt replayed = Attempt.replay(attempt.plan(), persisted);
        assertThat(replayed).isEqualTo(attempt);
        assertThat(replayed.state()).isEqualTo(attempt.state());
        assertThat(replayed.result()).isEqualTo(attempt.result());
    }
}
