package org.cstoquiz.engine.attempt;

import java.util.Objects;
import org.cstoquiz.engine.question.Response;

/** Something a learner asks to do in an attempt. Slots are numbered from 1. Whether it is allowed is decided by the {@link Behaviour}. */
public sealed interface Action {

    static SaveAnswer save(int slotNumber, Response response) {
        return new SaveAnswer(slotNumber, response);
    }

    static Submit submit(int slotNumber) {
        return new Submit(slotNumber);
    }

    static Flag flag(int slotNumber) {
        return new Flag(slotNumber);
    }

    static Unflag unflag(int slotNumber) {
        return new Unflag(slotNumber);
    }

    static Finish finish() {
        return new Finish();
    }

    /** Save, change or clear ({@link Response#BLANK}) the answer to one slot. */
    record SaveAnswer(int slotNumber, Response response) implements Action {
        public SaveAnswer {
            Objects.requireNonNull(response, "response (use Response.BLANK to clear)");
        }
    }

    /** Submit one slot for grading now (immediate feedback only). */
    record Submit(int slotNumber) implements Action {
    }

    /** Flag one slot to come back to it. */
    record Flag(int slotNumber) implements Action {
    }

    /** Remove the flag from one slot. */
    record Unflag(int slotNumber) implements Action {
    }

    /** Finish the whole attempt: every slot is graded on its last saved answer. */
    record Finish() implements Action {
    }
}
