package org.cstoquiz.engine.attempt;

import java.util.List;
import java.util.Objects;

/**
 * What applying an action gave: the attempt as it now is and the new steps to persist, in order.
 * A rejection may still carry changes: an action at or after the deadline is refused and closes the
 * attempt (TIME_UP steps), and those steps must be persisted too.
 */
public sealed interface Outcome {

    /** The attempt after the action (the same attempt when nothing changed). */
    Attempt attempt();

    /** The new steps to persist, in order; empty when nothing changed. */
    List<Change> changes();

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The action was carried out (possibly with no change, e.g. flagging a flagged slot). */
    record Accepted(Attempt attempt, List<Change> changes) implements Outcome {
        public Accepted {
            Objects.requireNonNull(attempt, "attempt");
            changes = List.copyOf(changes);
        }
    }

    /** The action was refused, for {@code reason}, explained in {@code message}. */
    record Rejected(Attempt attempt, List<Change> changes, Rejection reason, String message) implements Outcome {
        public Rejected {
            Objects.requireNonNull(attempt, "attempt");
            changes = List.copyOf(changes);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
