package org.cstoquiz.app.classes.ui;

import java.time.Clock;
import java.util.Optional;
import org.cstoquiz.app.base.ui.FirstOnPage;
import org.cstoquiz.app.classes.ClassService;

/** Puts the tests assigned to a learner first on their home and tests pages, when they have any. */
@org.springframework.stereotype.Component
class AssignedTestsFirst implements FirstOnPage {

    private final ClassService classes;
    private final Clock clock;

    AssignedTestsFirst(ClassService classes, Clock clock) {
        this.classes = classes;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forLearner(String username) {
        if (classes.assignedTo(username, clock.instant()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssignedTests(classes, clock, username));
    }
}
