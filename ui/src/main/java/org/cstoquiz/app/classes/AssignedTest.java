package org.cstoquiz.app.classes;

import java.util.Optional;

/**
 * A test assigned to a learner, as they see it: the assignment, whether it is open now, and the test
 * they started for it, if any, and whether that test is still in progress.
 */
public record AssignedTest(Assignment assignment, Assignment.Window window, Optional<Long> testId, boolean inProgress) {

    /** Whether the learner can start it now: open, and not started yet. */
    public boolean canStart() {
        return window == Assignment.Window.OPEN && testId.isEmpty();
    }
}
