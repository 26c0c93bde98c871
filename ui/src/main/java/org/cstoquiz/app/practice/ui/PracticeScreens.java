package org.cstoquiz.app.practice.ui;

import org.cstoquiz.app.attempt.ui.AttemptScreen;

/** Where the screens of a practice session lead. */
final class PracticeScreens {

    static final AttemptScreen.Links LINKS = new AttemptScreen.Links("Practice", "Back to practice",
            PracticeView.class, PracticeSessionView.class, PracticeResultView.class);

    private PracticeScreens() {
    }
}
