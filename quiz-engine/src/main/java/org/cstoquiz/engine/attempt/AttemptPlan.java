package org.cstoquiz.engine.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * Everything fixed when an attempt starts, to be persisted once: the behaviour, the scoring scheme,
 * when it started, the optional deadline, and the ordered slots.
 */
public record AttemptPlan(Behaviour behaviour, ScoringScheme scoring, Instant startedAt, Optional<Instant> deadline,
                          List<SlotPlan> slots) {

    public AttemptPlan {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline (use Optional.empty())");
        deadline.ifPresent(end -> {
            if (!end.isAfter(startedAt)) {
                throw new IllegalArgumentException("the deadline " + end + " must be after the start " + startedAt);
            }
        });
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("an attempt needs at least one slot");
        }
    }

    public static AttemptPlan untimed(Behaviour behaviour, ScoringScheme scoring, Instant startedAt, List<SlotPlan> slots) {
        return new AttemptPlan(behaviour, scoring, startedAt, Optional.empty(), slots);
    }

    public static AttemptPlan timed(Behaviour behaviour, ScoringScheme scoring, Instant startedAt, Duration timeLimit,
                                    List<SlotPlan> slots) {
        return new AttemptPlan(behaviour, scoring, startedAt, Optional.of(startedAt.plus(timeLimit)), slots);
    }
}
