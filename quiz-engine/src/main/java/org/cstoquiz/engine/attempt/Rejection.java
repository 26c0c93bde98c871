package org.cstoquiz.engine.attempt;

/** Why an action was refused. The accompanying message is written for the learner. */
public enum Rejection {
    /** The attempt was already finished by the learner. */
    ATTEMPT_FINISHED,
    /** The deadline has passed (now, or earlier): the attempt is closed. */
    TIME_UP,
    /** The action is dated before the attempt started. */
    BEFORE_START,
    /** There is no slot with that number. */
    NO_SUCH_SLOT,
    /** The response has the wrong shape for the question (e.g. an unknown choice). */
    INVALID_RESPONSE,
    /** Immediate feedback: the slot was submitted and can no longer change. */
    SLOT_LOCKED,
    /** The behaviour does not offer this action (e.g. per-question submit in a test). */
    NOT_ALLOWED_BY_BEHAVIOUR
}
