package org.cstoquiz.engine.attempt;

import java.util.Optional;

/**
 * How an attempt flows: what each action may do and when the learner sees grades. Rules common to
 * every behaviour (closed attempts, the deadline, slot numbers, response shapes, flags) are applied
 * by {@link Attempt}; a behaviour only decides what is particular to it.
 */
public enum Behaviour {

    /**
     * Practice. The learner may change a slot's answer until they submit it; submitting grades it
     * at once, shows the feedback and locks the slot. Submitting a blank slot is allowed: it reveals
     * the answer and grades BLANK ("I don't know"). Finishing grades the slots not yet submitted on
     * their last saved answer.
     */
    IMMEDIATE_FEEDBACK {
        @Override
        Optional<Refusal> refuseSave(Slot slot) {
            return slot.isSubmitted() ? locked(slot) : Optional.empty();
        }

        @Override
        Optional<Refusal> refuseSubmit(Slot slot) {
            return slot.isSubmitted() ? locked(slot) : Optional.empty();
        }

        @Override
        public boolean showsFeedback(Slot slot, AttemptState state) {
            return state.isClosed() || slot.isSubmitted();
        }

        private Optional<Refusal> locked(Slot slot) {
            return Optional.of(new Refusal(Rejection.SLOT_LOCKED,
                    "Question " + slot.number() + " has been submitted and can no longer be changed."));
        }
    },

    /**
     * Test. The learner saves, changes, clears and flags answers freely; nothing is graded and no
     * grade is shown until the whole attempt is finished (by the learner or by the deadline).
     * There is no per-question submit.
     */
    DEFERRED_FEEDBACK {
        @Override
        Optional<Refusal> refuseSave(Slot slot) {
            return Optional.empty();
        }

        @Override
        Optional<Refusal> refuseSubmit(Slot slot) {
            return Optional.of(new Refusal(Rejection.NOT_ALLOWED_BY_BEHAVIOUR,
                    "In a test, answers are graded when you finish the whole test; questions cannot be submitted one by one."));
        }

        @Override
        public boolean showsFeedback(Slot slot, AttemptState state) {
            return state.isClosed();
        }
    };

    /** Whether the learner may now see the grade, the key and the explanation of {@code slot}. */
    public abstract boolean showsFeedback(Slot slot, AttemptState state);

    /** Why saving an answer to this (in-progress) slot is refused, if it is. */
    abstract Optional<Refusal> refuseSave(Slot slot);

    /** Why submitting this (in-progress) slot is refused, if it is. */
    abstract Optional<Refusal> refuseSubmit(Slot slot);

    record Refusal(Rejection reason, String message) {
    }
}
