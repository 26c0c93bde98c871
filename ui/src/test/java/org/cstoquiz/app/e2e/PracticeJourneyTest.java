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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.AnswerResult;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A learner practising in a real browser: a timed session from the form to the result, a reload and a
 * second tab in the middle of one, a deadline passing with the page open, and one passing with no page
 * open at all (closed by the scheduled job, which runs every second here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "csto-quiz.attempts.close-overdue-every=PT1S")
class PracticeJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "practice password";

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Autowired
    JdbcTemplate jdbc;

    private Page loggedIn(String user, int width, int height) {
        PracticePages.register(accounts, user, PASSWORD);
        Page page = browser().newPage(width, height);
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
        PracticePages.fillForm(page, "Single choice", 3, "5 minutes");
        int singleChoice = practice.available("csto", Set.of(), Set.of(QuestionType.SINGLE_CHOICE));
        assertThat(singleChoice).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".practice-matching")).hasText(singleChoice + " questions match");
        button(page, "Start").click();

        assertThat(progress(page)).hasText("Question 1 of 3");
        assertThat(score(page)).hasText("Score 0 of 0");
        // The countdown runs in the page: it changes twice while the page asks the server nothing.
        List<String> requests = new CopyOnWriteArrayList<>();
        // requests the page's code sends (Vaadin's round trips), not the browser fetching an icon
        page.onRequest(request -> {
            if (request.url().startsWith(url("/")) && Set.of("xhr", "fetch").contains(request.resourceType())) {
                requests.add(request.url());
            }
        });
        int firstRead = secondsLeft(page);
        assertThat(firstRead).isBetween(1, 300);
        String shown = countdown(page).textContent();
        assertThat(countdown(page)).not().hasText(shown);
        String shownNext = countdown(page).textContent();
        assertThat(countdown(page)).not().hasText(shownNext);
        int secondRead = secondsLeft(page);
        assertThat(secondRead).isLessThan(firstRead);
        assertThat(requests).as("requests while the countdown ran").isEmpty();

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

    /** A timed session of three single-choice questions of the user's, started now through the service. */
    private PracticeSession startSession(String user, Duration limit) {
        return practice.start(user, PracticeSettings.untimed(3).withTypes(Set.of(QuestionType.SINGLE_CHOICE))
                .withTimeLimit(limit), Instant.now());
    }

    /** The state and score of a stored session, read straight from its row (which closes nothing). */
    private Map<String, Object> storedRow(long id) {
        return jdbc.queryForMap("select state, score, finished_at from quiz_attempt where id = ?", id);
    }

    @Test
    void aReloadAndASecondTabResumeTheSameSession() {
        String user = "e2e-reload";
        Page page = loggedIn(user, 1280, 900);
        PracticeSession session = startSession(user, Duration.ofMinutes(5));
        page.navigate(url("/practice"));

        assertThat(progress(page)).hasText("Question 1 of 3");
        Question first = session.attempt().slot(1).question();
        assertThat(stem(page)).hasText(first.stem());
        PracticePages.answerRightly(page, first);
        assertThat(score(page)).hasText("Score 1 of 1");
        int beforeReload = secondsLeft(page);

        // the reload returns to the question that was open, its feedback shown
        page.reload();
        assertThat(progress(page)).hasText("Question 1 of 3");
        assertThat(stem(page)).hasText(first.stem());
        assertThat(verdict(page)).hasText("Correct");
        assertThat(score(page)).hasText("Score 1 of 1");
        int afterReload = secondsLeft(page);
        assertThat(afterReload).isLessThanOrEqualTo(beforeReload);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        Question second = session.attempt().slot(2).question();
        assertThat(progress(page)).hasText("Question 2 of 3");
        assertThat(stem(page)).hasText(second.stem());
        assertThat(verdict(page)).hasCount(0);
        assertThat(page).hasURL(java.util.regex.Pattern.compile("[?&]question=2$")); // the address names it first
        page.reload();
        assertThat(progress(page)).hasText("Question 2 of 3");
        assertThat(verdict(page)).hasCount(0);

        Page tab = page.context().newPage();
        tab.navigate(page.url());
        assertThat(progress(tab)).hasText("Question 2 of 3");
        assertThat(stem(tab)).hasText(second.stem());
        assertThat(score(tab)).hasText("Score 1 of 1");
        assertThat(secondsLeft(tab)).isLessThanOrEqualTo(afterReload);
        assertThat(practice.current(user, Instant.now()).orElseThrow().id()).isEqualTo(session.id());
        assertThat(practice.current(user, Instant.now()).orElseThrow().submitted()).isEqualTo(1);
        tab.close();
        page.close();
    }

    @Test
    void theOpenPageClosesTheSessionWhenTimeRunsOut() {
        String user = "e2e-deadline";
        Page page = loggedIn(user, 1280, 900);
        PracticeSession session = startSession(user, Duration.ofSeconds(12));
        page.navigate(url("/practice"));

        assertThat(progress(page)).hasText("Question 1 of 3");
        Question first = session.attempt().slot(1).question();
        PracticePages.answerRightly(page, first);

        // No more input: the page itself notices the deadline.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Time is up"))).isVisible();
        assertThat(page.getByText("the answers given before it are scored")).isVisible();
        Map<String, Object> row = storedRow(session.id());
        assertThat(row.get("state")).isEqualTo("TIME_UP");
        assertThat(((Number) row.get("score")).doubleValue()).isEqualTo(1.0);
        AttemptResult stored = practice.session(user, session.id(), Instant.now()).result().orElseThrow();
        assertThat(stored.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(stored.total().correct()).isEqualTo(1);
        assertThat(stored.total().blank()).isEqualTo(2);
        assertThat(result(page)).hasText(PracticePages.resultLine(stored.total()));
        assertThat(result(page)).hasText("Score: 1 of 3 (33.33%)");
        page.close();
    }

    @Test
    void theScheduledJobClosesASessionNobodyHasOpen() throws InterruptedException {
        String user = "e2e-away";
        PracticeSession session = startSession(user, Duration.ofSeconds(4));
        Question first = session.attempt().slot(1).question();
        assertThat(practice.answer(user, session.id(), 1, first.correctResponse(), Instant.now()))
                .isInstanceOf(AnswerResult.Graded.class);
        assertThat(storedRow(session.id()).get("state")).isEqualTo("IN_PROGRESS");

        // Poll the row only: reading it through the service would close the session itself.
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!"TIME_UP".equals(storedRow(session.id()).get("state")) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }

        Map<String, Object> row = storedRow(session.id());
        assertThat(row.get("state")).isEqualTo("TIME_UP");
        assertThat(((Number) row.get("score")).doubleValue()).isEqualTo(1.0);
        assertThat(row.get("finished_at")).isNotNull();
    }
}
