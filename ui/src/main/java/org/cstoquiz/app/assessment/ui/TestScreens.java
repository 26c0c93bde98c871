package org.cstoquiz.app.assessment.ui;

import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.session.Injected;

/** Where the screens of a test lead. */
final class TestScreens {

    static final AttemptScreen.Links LINKS = new AttemptScreen.Links("Test", "Back to the tests",
            TestsView.class, TestView.class, TestResultView.class);

    /** Loads one of the owner's tests; it looks the service up, as the screen keeping it is saved with the session. */
    static final AttemptScreen.Loader<SelfTest> LOAD = (owner, id, now) ->
            Injected.lookUp(SelfTestService.class).test(owner, id, now);

    private TestScreens() {
    }
}
