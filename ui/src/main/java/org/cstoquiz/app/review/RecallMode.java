package org.cstoquiz.app.review;

/** How a learner recalls a fact in review before the answer is shown. */
public enum RecallMode {
    /**
     * The question with its options (or its field): the learner answers, the answer is checked, and
     * the rating suggested from the answer and its speed is preselected.
     */
    WITH_OPTIONS,
    /** The question alone, as on an Anki card: the learner recalls, shows the answer and rates themselves. */
    QUESTION_ONLY
}
