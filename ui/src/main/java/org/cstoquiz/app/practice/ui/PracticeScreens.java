package org.cstoquiz.app.practice.ui;

import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.session.Injected;

/** Where the screens of a practice session lead. */
final class PracticeScreens {

    static final AttemptScreen.Links LINKS = new AttemptScreen.Links("Practice", "Back to practice",
            PracticeView.class, PracticeSessionView.class, PracticeResultView.class);

    /** Loads one of the owner's sessions; it looks the service up, as the screen keeping it is saved with the session. */
    static final AttemptScreen.Loader<PracticeSession> LOAD = (owner, id, now) ->
            Injected.lookUp(PracticeService.class).session(owner, id, now);

    private PracticeScreens() {
    }
}
