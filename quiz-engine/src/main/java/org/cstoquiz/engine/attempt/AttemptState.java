package org.cstoquiz.engine.attempt;

/** Where an attempt is. */
public enum AttemptState {
    /** Open for answers. */
    IN_PROGRESS,
    /** Finished by the learner. */
    FINISHED,
    /** Finished because the deadline passed; the answers saved before it are graded. */
    TIME_UP;

    /** Whether the attempt accepts no more actions (FINISHED or TIME_UP). */
    public boolean isClosed() {
        return this != IN_PROGRESS;
    }
}
