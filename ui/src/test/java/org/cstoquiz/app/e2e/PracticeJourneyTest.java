package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.button;
import static org.cstoquiz.app.e2e.PracticePages.countdown;
import static org.cstoquiz.app.e2e.PracticePages.progress;
import static org.cstoquiz.app.e2e.PracticePages.result;
import static org.cstoquiz.app.e2e.PracticePages.score;
import static org.cstoquiz.app.e2e.PracticePages.secondsLeft;
import static org.cstoquiz.app.e2e.PracticePages.stem;
import static org.cstoquiz.app.e2e.PracticePages.verdict;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Set;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A learner practising in a real browser: a timed session from the form to the result, a reload and a
 * second tab in the middle of one, a deadline passing with the page open, and one passing with no page
 * open at all (closed by the scheduled job, which runs every second here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "csto-quiz.attempts.close-overdue-every=PT1S")
@ActiveProfiles("test")
class PracticeJourneyTest {

    private static final String PASSWORD = "practice password";

    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.launchOrSkip();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page loggedIn(String user, int width, int height) {
        PracticePages.register(accounts, user, PASSWORD);
        Page page = browser.newPage(width, height);
        PracticePages.logIn(page, url(""), user, PASSWORD);
        return page;
    }

    /** The question the server has in slot {@code slot} of the user's open session. */
    private Question questionOnServer(String user, int slot) {
        PracticeSession session = practice.current(user, Instant.now()).orElseThrow();
        return session.attempt().slot(slot).question();
    }

    @Test
    void timedSessionFromTheFormToTheResult() {
        String user = "e2e-timed";
        Page page = loggedIn(user, 1280, 900);
        page.navigate(url("/practice"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice"))).isVisible();

        // Single-choice questions only, three of them, five minutes.
        page.getByLabel("Types").click();
        page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Single choice")).click();
        page.keyboard().press("Escape");
        int singleChoice = practice.available(Set.of(), Set.of(QuestionType.SINGLE_CHOICE));
        assertThat(singleChoice).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".practice-matching")).hasText(singleChoice + " questions match");
        page.getByLabel("Questions").fill("3");
        page.getByLabel("Time limit").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 minutes").setExact(true)).click();
        assertThat(page.getByLabel("Time limit")).containsText("5 minutes");
        button(page, "Start").click();

        assertThat(progress(page)).hasText("Question 1 of 3");
        assertThat(score(page)).hasText("Score 0 of 0");
        int firstRead = secondsLeft(page);
        assertThat(firstRead).isBetween(1, 300);
        String shown = countdown(page).textContent();
        assertThat(countdown(page)).not().hasText(shown);
        int secondRead = secondsLeft(page);
        assertThat(secondRead).isLessThan(firstRead);

        // 1: the correct option by its number key, Enter submits, N goes on.
        Question first = questionOnServer(user, 1);
        assertThat(first.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(stem(page)).hasText(first.stem());
        int position = PracticePages.correctPosition(first);
        page.keyboard().press(String.valueOf(position));
        assertThat(PracticePages.option(page, first.choices().get(position - 1))).isChecked();
        page.keyboard().press("Enter");
        assertThat(verdict(page)).hasText("Correct");
        assertThat(score(page)).hasText("Score 1 of 1");
        page.keyboard().press("n");

        // 2: a wrong option by mouse, then Submit and Next question.
        assertThat(progress(page)).hasText("Question 2 of 3");
        Question second = questionOnServer(user, 2);
        assertThat(stem(page)).hasText(second.stem());
        PracticePages.option(page, PracticePages.wrongChoice(second)).check();
        button(page, "Submit").click();
        assertThat(verdict(page)).hasText("Incorrect");
        assertThat(page.getByText("Correct answer:")).isVisible();
        assertThat(score(page)).hasText("Score 1 of 2");
        button(page, "Next question").click();

        // 3: "I don't know", then the result.
        assertThat(progress(page)).hasText("Question 3 of 3");
        assertThat(stem(page)).hasText(questionOnServer(user, 3).stem());
        button(page, "I don't know").click();
        assertThat(verdict(page)).hasText("Not answered");
        assertThat(score(page)).hasText("Score 1 of 3");
        button(page, "See the result").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session finished")))
                .isVisible();
        PracticeSession stored = practice.latest(user, Instant.now()).orElseThrow();
        AttemptResult storedResult = stored.result().orElseThrow();
        assertThat(stored.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(storedResult.total().correct()).isEqualTo(1);
        assertThat(storedResult.total().incorrect()).isEqualTo(1);
        assertThat(storedResult.total().blank()).isEqualTo(1);
        assertThat(result(page)).hasText(PracticePages.resultLine(storedResult.total()));
        assertThat(result(page)).hasText("Score: 1 of 3 (33.33%)");
        assertThat(countdown(page)).hasCount(0);
        page.close();
    }
}
