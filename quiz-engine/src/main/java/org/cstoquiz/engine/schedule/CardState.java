package org.cstoquiz.engine.schedule;

/** Where a card is in the FSRS life cycle. */
public enum CardState {
    /** Never reviewed. */
    NEW,
    /** Going through the (short-term) learning steps after its first review. */
    LEARNING,
    /** Graduated; reviewed at intervals of days derived from its stability. */
    REVIEW,
    /** Forgotten during review (a lapse) and going through the relearning steps. */
    RELEARNING
}
