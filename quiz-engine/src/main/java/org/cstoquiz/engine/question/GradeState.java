package org.cstoquiz.engine.question;

/** How a response was judged. */
public enum GradeState {
    /** Fully right: fraction 1. */
    CORRECT,
    /** Partly right (multiple response, ordering, matching only): fraction strictly between 0 and 1. */
    PARTIALLY_CORRECT,
    /** Answered and wrong, or answered with too many marks on a single-answer question: fraction 0. */
    INCORRECT,
    /** Not answered: fraction 0. Under negative marking a blank costs nothing. */
    BLANK
}
