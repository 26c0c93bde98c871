package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.Tally;

/** What the practice journeys do in the browser: log in, read the session header, choose an option. */
final class PracticePages {

    private static final Pattern TIME_LEFT = Pattern.compile("Time left (\\d+):(\\d\\d)");

    private PracticePages() {
    }

    static void register(AccountService accounts, String name, String password) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, password, password));
        }
    }

    /** A new page of {@code width} × {@code height}, logged in as {@code name} (registered first where needed). */
    static Page loggedIn(BrowserSupport browser, AccountService accounts, String baseUrl, String name, String password,
                         int width, int height) {
        register(accounts, name, password);
        Page page = browser.newPage(width, height);
        logIn(page, baseUrl, name, password);
        return page;
    }

    /**
     * Starts an untimed practice session of one question of {@code type} for {@code user}, opens it and
     * waits for its question; returns the question as the server holds it.
     */
    static Question practiseOne(Page page, PracticeService practice, String baseUrl, String user, QuestionType type) {
        practice.start(user, PracticeSettings.untimed(1).withTypes(Set.of(type)), Instant.now());
        Question question = practice.current(user, Instant.now()).orElseThrow().attempt().slot(1).question();
        page.navigate(baseUrl + "/practice");
        assertThat(progress(page)).hasText("Question 1 of 1");
        assertThat(stem(page)).hasText(question.stem());
        return question;
    }

    /** Waits until the page's Vaadin client has started and has no request to the server in flight. */
    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  return !!clients && Object.keys(clients).length > 0
                      && Object.values(clients).every(client => !client.isActive || !client.isActive());
                }""");
    }

    /**
     * Fills in the login form shown and submits it. It waits for the page to be ready first, and checks
     * the fields still hold what was typed: a field filled while the page is still starting can be
     * emptied again, and an empty form is not sent.
     */
    static void submitLogin(Page page, String name, String password) {
        waitForVaadin(page);
        Locator user = page.getByLabel("User name");
        Locator secret = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        user.fill(name);
        secret.fill(password);
        assertThat(user).hasValue(name);
        assertThat(secret).hasValue(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /**
     * Logs in through the login page and waits for the page it leads to (home, or the page asked for).
     * The name (letters, digits, hyphens) is matched as a pattern. A login that does not arrive fails
     * with the page's URL and text and a screenshot.
     */
    static void logIn(Page page, String baseUrl, String name, String password) {
        page.navigate(baseUrl + "/login");
        submitLogin(page, name, password);
        try {
            assertThat(page.locator(".signed-in-user")).hasText(Pattern.compile("^" + name + " · (Learner|Instructor)$"));
        } catch (AssertionError notThere) {
            throw notSignedIn(page, name, notThere);
        }
    }

    private static AssertionError notSignedIn(Page page, String name, AssertionError cause) {
        BrowserSupport.screenshot(page, "login-failure-" + name);
        String text = page.locator("body").innerText();
        return new AssertionError("Not signed in as " + name + " after logging in; the page is " + page.url()
                + " showing: " + text.substring(0, Math.min(text.length(), 500)), cause);
    }

    /**
     * Fills the practice form: one question type, the number of questions and a time limit as the
     * list words it ("5 minutes"); Start is left to the caller.
     */
    static void fillForm(Page page, String type, int questions, String timeLimit) {
        page.getByLabel("Types").click();
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(type)).click();
        page.keyboard().press("Escape");
        page.getByLabel("Questions").fill(String.valueOf(questions));
        page.getByLabel("Time limit").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(timeLimit).setExact(true)).click();
        assertThat(page.getByLabel("Time limit")).containsText(timeLimit);
    }

    static Locator progress(Page page) {
        return page.locator(".practice-progress");
    }

    static Locator score(Page page) {
        return page.locator(".practice-score");
    }

    static Locator countdown(Page page) {
        return page.locator(".practice-countdown");
    }

    static Locator verdict(Page page) {
        return page.locator(".feedback h3");
    }

    static Locator result(Page page) {
        return page.locator(".practice-result");
    }

    static Locator stem(Page page) {
        return page.locator(".question-stem");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The seconds the countdown shows, once it shows "Time left m:ss". */
    static int secondsLeft(Page page) {
        assertThat(countdown(page)).hasText(TIME_LEFT);
        String text = countdown(page).textContent().strip();
        Matcher matcher = TIME_LEFT.matcher(text);
        if (!matcher.matches()) {
            throw new AssertionError("countdown reads \"" + text + "\"");
        }
        return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    }

    /** The radio button of a choice, by the label the page gives it ("B. Minsk"). */
    static Locator option(Page page, Choice choice) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName(choice.id() + ". " + choice.text()).setExact(true));
    }

    /** Ticks the correct option of a one-choice question, submits it and waits for the verdict. */
    static void answerRightly(Page page, Question question) {
        option(page, question.choices().get(correctPosition(question) - 1)).check();
        button(page, "Submit").click();
        assertThat(verdict(page)).hasText("Correct");
    }

    /** Where the correct choice of a one-choice question stands among its options, from 1. */
    static int correctPosition(Question question) {
        Response.Selection correct = (Response.Selection) question.correctResponse();
        for (int i = 0; i < question.choices().size(); i++) {
            if (correct.choiceIds().contains(question.choices().get(i).id())) {
                return i + 1;
            }
        }
        throw new AssertionError("question " + question.id() + " has no correct choice");
    }

    static Choice wrongChoice(Question question) {
        Response.Selection correct = (Response.Selection) question.correctResponse();
        return question.choices().stream().filter(c -> !correct.choiceIds().contains(c.id())).findFirst()
                .orElseThrow();
    }

    /** The result line as the page words it: "Score: 1 of 3 (33.33%)". */
    static String resultLine(Tally total) {
        return "Score: " + marks(total.roundedMarksAwarded()) + " of " + marks(total.maxMarks()) + " ("
                + marks(total.percentage()) + "%)";
    }

    static String marks(double marks) {
        return BigDecimal.valueOf(marks).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
