package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.KeyboardPages.assertFocus;
import static org.cstoquiz.app.e2e.KeyboardPages.settled;
import static org.cstoquiz.app.e2e.KeyboardPages.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A self-test taken with the keyboard alone, one question of each type: every answer is given with the
 * focus where the keys leave it ({@link KeyboardAnswers}) and saved as it is given; Shift+F flags with
 * the focus kept; Enter in a field or on an option, N on an ordering's arrow or on "Next" after a
 * matching's lists go on, each to the next question with the focus in its answer. Every answer is
 * stored, right.
 */
class KeyboardTestJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "keyboard test 42";

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    @Test
    void aTestOfEveryTypeTakenWithTheKeyboardAlone() {
        String user = "e2e-keyboard-test";
        Set<QuestionType> types = EnumSet.allOf(QuestionType.class);
        Blueprint blueprint = RunAs.instructor(() -> tests.saveBlueprint(new Blueprint(Optional.empty(),
                "Every type by keyboard", Set.of(), types, types.size(), 0, ScoringScheme.PLAIN)
                .withParts(types.stream().map(type -> Blueprint.Part.of(null, type, 1)).toList())));
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        SelfTest test = tests.start(user, blueprint.id().orElseThrow(), Instant.now());
        page.navigate(url("/tests/" + test.id()));
        int size = test.size();
        assertThat(page.getByText("Question 1 of " + size)).isVisible();
        settled(page);

        assertThat(test.attempt().slots().stream().map(slot -> slot.question().type()).distinct().count())
                .as("question types in the test").isEqualTo(types.size());
        boolean flagged = false;
        for (int number = 1; number <= size; number++) {
            Locator here = page.getByText("Question " + number + " of " + size, new Page.GetByTextOptions().setExact(true));
            assertThat(here).isVisible();
            Question question = test.slot(number).question();
            KeyboardAnswers.answer(page, question, () -> assertThat(here).isVisible());
            assertThat(page.getByText("Your answer is saved.")).isVisible();
            if (!flagged && !Set.of(QuestionType.NUMERIC, QuestionType.SHORT_ANSWER, QuestionType.MATCHING)
                    .contains(question.type())) {
                String focusedBefore = KeyboardPages.focused(page);
                page.keyboard().press("Shift+F");
                assertThat(page.getByText("Flagged for review.")).isVisible();
                settled(page);
                assertFocus(page, focusedBefore);
                flagged = true;
            }
            switch (question.type()) {
                // Enter on an arrow moves the item, in a list it chooses: N goes on from the arrow, or from "Next"
                case ORDERING -> page.keyboard().press("n");
                case MATCHING -> {
                    tabTo(page, "button: " + (number < size ? "Next" : "To the summary"));
                    page.keyboard().press("n");
                }
                default -> page.keyboard().press("Enter");
            }
        }
        assertThat(page).hasURL(url("/tests/" + test.id() + "/summary"));
        SelfTest stored = tests.current(user, Instant.now()).orElseThrow();
        for (int number = 1; number <= size; number++) {
            var slot = stored.slot(number);
            assertThat(slot.question().grade(slot.currentResponse()).fraction())
                    .as("question " + number + " (" + slot.question().type() + ")").isEqualTo(1.0);
        }
        page.close();
    }
}
