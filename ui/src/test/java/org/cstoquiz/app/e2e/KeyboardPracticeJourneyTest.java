package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.KeyboardPages.assertFocus;
import static org.cstoquiz.app.e2e.KeyboardPages.assertNoVerdict;
import static org.cstoquiz.app.e2e.KeyboardPages.settled;
import static org.cstoquiz.app.e2e.KeyboardPages.tabTo;
import static org.cstoquiz.app.e2e.PracticePages.verdict;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Practice with the keyboard alone, one session of one question per question type: the focus starts
 * in the answer and stays on the control that was used ({@link KeyboardAnswers}), a letter typed into
 * a field and Enter in an open list submit nothing, Enter submits (a double Enter shows the feedback
 * rather than skipping it), and the focus then waits on the way on.
 */
class KeyboardPracticeJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "keyboard practice 42";

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Test
    void everyQuestionTypeAnsweredWithTheKeyboardAlone() {
        String user = "e2e-keyboard";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);

        for (QuestionType type : QuestionType.values()) {
            assertThat(practice.available("csto", Set.of(), Set.of(type))).as("questions of type " + type).isPositive();
            Question question = PracticePages.practiseOne(page, practice, url(""), user, type);
            settled(page);
            KeyboardAnswers.answer(page, question, () -> {
                assertNoVerdict(page);
                assertThat(PracticePages.progress(page)).hasText("Question 1 of 1");
            });
            switch (type) {
                case ORDERING, MATCHING -> {
                    // Enter on an arrow moves the item and in a list chooses: Submit is a Tab away
                    tabTo(page, "button: Submit");
                    page.keyboard().press("Enter");
                }
                default -> {
                    page.keyboard().press("Enter");
                    page.keyboard().press("Enter");
                }
            }
            assertThat(verdict(page)).hasText("Correct");
            settled(page);
            // a second Enter straight after the first did not go on past the feedback
            assertThat(verdict(page)).hasText("Correct");
            assertFocus(page, "button: See the result");
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session finished")))
                    .isVisible();
        }
        page.close();
    }
}
