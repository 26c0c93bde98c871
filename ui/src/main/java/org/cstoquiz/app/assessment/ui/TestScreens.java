package org.cstoquiz.app.assessment.ui;

import org.cstoquiz.app.attempt.ui.AttemptScreen;

/** Where the screens of a test lead. */
final class TestScreens {

    static final AttemptScreen.Links LINKS = new AttemptScreen.Links("Test", "Back to the tests",
            TestsView.class, TestView.class, TestResultView.class);

    private TestScreens() {
    }
}
