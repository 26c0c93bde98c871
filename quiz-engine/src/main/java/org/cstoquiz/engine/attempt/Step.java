package org.cstoquiz.engine.attempt;

import java.time.Instant;
import java.util.Objects;
import org.cstoquiz.engine.question.Response;

/**
 * One immutable thing that happened to a slot. A slot's steps are append-only; everything about the
 * slot (its response, whether it is locked or flagged, its grade) is derived from them, so replaying
 * the persisted steps rebuilds the attempt exactly.
 */
public sealed interface Step {

    /** When it happened. */
    Instant at();

    /** The learner saved (or changed, or cleared with {@link Response#BLANK}) the answer. */
    record AnswerSaved(Response response, Instant at) implements Step {
        public AnswerSaved {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Immediate feedback: the learner submitted the slot; it is graded and locked. */
    record Submitted(Instant at) implements Step {
        public Submitted {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The learner flagged the slot to come back to it. */
    record Flagged(Instant at) implements Step {
        public Flagged {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The learner removed the flag. */
    record Unflagged(Instant at) implements Step {
        public Unflagged {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The learner finished the attempt; appended to every slot. */
    record Finished(Instant at) implements Step {
        public Finished {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The deadline passed; appended to every slot with {@code at} = the deadline. */
    record TimeUp(Instant at) implements Step {
        public TimeUp {
            Objects.requireNonNull(at, "at");
        }
    }
}
