package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review in a real browser set to Kiritimati's time (UTC+14), with the keyboard only: each rating
 * (Again, Hard, Good, Easy) by its key, undo by U, where the focus is after each step, the times
 * shown in the learner's zone, and the keys left alone while typing an exam date or choosing in a
 * dropdown.
 */
class ReviewJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "review journey password";
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @Autowired
    LearnerSettingsService settings;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    private Page loggedInInKiritimati(String user, int width, int height) {
        PracticePages.register(accounts, user, PASSWORD);
        Page page = browser().newPage(width, height, KIRITIMATI.getId());
        PracticePages.logIn(page, url(""), user, PASSWORD);
        return page;
    }

    private static Locator stem(Page page) {
        return page.locator(".review-card .question-stem");
    }

    private Question shown(Page page) {
        String text = stem(page).textContent().strip();
        return bank.bank(ExportRequest.DEFAULT_SEED).questions().stream().filter(q -> q.stem().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no question reads " + text));
    }

    private List<String> ratings(String user) {
        return jdbc.queryForList("select rating from review_log where username = ? order by id", String.class, user);
    }

    /** When the learner's next fact not yet due comes back, as Kiritimati's clock and calendar show it. */
    private String nextDue(String user, DateTimeFormatter format) {
        Instant due = reviews.status(user, Instant.now()).nextDue().orElseThrow().at();
        return format.format(due.atZone(KIRITIMATI));
    }

    private static void assertFocusOn(Page page, String selector) {
        page.waitForFunction("sel => document.activeElement && document.activeElement.matches(sel)", selector);
    }

    /** The key of a one-choice or true/false question's correct option: its position from 1. */
    private static String correctKey(Question q) {
        if (q.correctResponse() instanceof Response.TrueFalseAnswer tf) {
            return tf.value() ? "1" : "2";
        }
        String id = ((Response.Selection) q.correctResponse()).choiceIds().iterator().next();
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).id().equals(id)) {
                return String.valueOf(i + 1);
            }
        }
        throw new AssertionError("no correct option in " + q.id());
    }

    @Test
    void eachRatingByItsKeyThenUndoKeyboardOnly() throws Exception {
        String user = "e2e-review-keys";
        Page page = loggedInInKiritimati(user, 1280, 900);
        page.navigate(url("/review"));
        assertThat(stem(page)).isVisible();
        assertFocusOn(page, ".question-card");
        // the page told the server its time zone
        page.waitForCondition(() -> settings.zone(user).equals(KIRITIMATI));

        // 1. The right option by its number, Enter checks: the verdict and four buttons with their intervals; 4 is Easy
        Question first = shown(page);
        page.keyboard().press(correctKey(first));
        assertThat(page.getByRole(AriaRole.RADIO).nth(Integer.parseInt(correctKey(first)) - 1)).isChecked();
        page.keyboard().press("Enter");
        assertThat(page.locator(".review-verdict")).hasText("Correct");
        assertThat(page.locator(".review-ratings .review-interval")).hasText(new String[] {"1 min", "6 min", "10 min", "8 d"});
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Again, comes back in 1 minute")))).isVisible();
        assertFocusOn(page, ".review-ratings vaadin-button[theme~='primary']");
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(page, "review-rating-desktop");
        page.keyboard().press("4");
        assertThat(page.locator(".review-last")).containsText("Rated Easy: ");
        assertThat(page.locator(".review-last")).containsText("comes back in 8 days, on "
                + nextDue(user, DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)) + ".");
        assertFocusOn(page, ".question-card");

        // 2. No answer: Space shows it, 3 rates Good
        assertThat(stem(page)).not().hasText(first.stem());
        page.keyboard().press(" ");
        assertThat(page.locator(".review-verdict")).hasText("Not answered");
        assertFocusOn(page, ".review-ratings vaadin-button[theme~='primary']");
        page.keyboard().press("3");
        assertThat(page.locator(".review-last")).containsText("Rated Good: ");
        assertThat(page.locator(".review-last")).containsText("comes back in 10 minutes, at ");

        // 3. and 4. Hard, then Again
        page.keyboard().press("Enter");
        assertThat(page.locator(".review-ratings")).isVisible();
        page.keyboard().press("2");
        assertThat(page.locator(".review-last")).containsText("Rated Hard: ");
        assertThat(page.locator(".review-last")).containsText("comes back in 6 minutes, at ");
        Question fourth = shown(page);
        page.keyboard().press("Enter");
        assertThat(page.locator(".review-ratings")).isVisible();
        page.keyboard().press("1");
        assertThat(page.locator(".review-last")).containsText("Rated Again: ");
        assertThat(page.locator(".review-last")).containsText("comes back in 1 minute, at "
                + nextDue(user, DateTimeFormatter.ofPattern("HH:mm", Locale.UK)) + ".");
        assertThat(ratings(user)).containsExactly("EASY", "GOOD", "HARD", "AGAIN");

        // Undo by U: the Again rating is gone and its question is asked again
        page.keyboard().press("u");
        assertThat(page.locator(".review-last")).containsText("Undone: the rating of");
        assertThat(stem(page)).hasText(fourth.stem());
        assertFocusOn(page, ".question-card");
        assertThat(ratings(user)).containsExactly("EASY", "GOOD", "HARD");
        page.keyboard().press(" ");
        assertThat(page.locator(".review-ratings")).isVisible();
        page.keyboard().press("3");
        assertThat(page.locator(".review-last")).containsText("Rated Good: ");
        assertThat(ratings(user)).containsExactly("EASY", "GOOD", "HARD", "GOOD");
        page.close();
    }

    @Test
    void keysTypedIntoTheExamDateOrADropdownDoNothingElse() {
        String user = "e2e-review-fields";
        // at desktop width: on a phone the date picker opens its calendar instead of taking typing
        Page page = loggedInInKiritimati(user, 1280, 900);
        page.navigate(url("/review"));
        assertThat(stem(page)).isVisible();
        Question question = shown(page);

        // typing a date such as 1/15/2027 and Enter into the exam-date field chooses no option and rates nothing
        LocalDate exam = LocalDate.now(KIRITIMATI).plusDays(40);
        Locator examDate = page.getByLabel("Exam date");
        examDate.focus();
        page.keyboard().type(exam.getMonthValue() + "/" + exam.getDayOfMonth() + "/" + exam.getYear());
        page.keyboard().press("Enter");
        assertThat(page.locator(".review-plan")).containsText("in 40 days");
        assertFocusOn(page, "vaadin-date-picker input");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(0);
        assertThat(page.locator(".review-ratings")).hasCount(0);
        assertThat(stem(page)).hasText(question.stem());
        assertThat(ratings(user)).isEmpty();

        // choosing "Question only" in the dropdown with Enter and the arrow keys neither checks nor rates
        page.getByLabel("While recalling").focus();
        // Enter goes to the dropdown only once the date picker has closed and the dropdown holds the focus
        page.waitForFunction("() => document.querySelector('vaadin-date-picker[opened]') === null"
                + " && document.activeElement && document.activeElement.closest('vaadin-select') !== null");
        openWithEnter(page);
        assertFocusOn(page, "vaadin-select-item[selected]");
        page.keyboard().press("ArrowDown");
        page.waitForFunction("() => document.activeElement.localName === 'vaadin-select-item'"
                + " && document.activeElement.textContent.includes('Question only')");
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("While recalling")).containsText("Question only");
        page.waitForCondition(() -> settings.recallMode(user) == org.cstoquiz.app.review.RecallMode.QUESTION_ONLY);
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(0);
        assertThat(page.locator(".review-ratings")).hasCount(0);
        assertThat(ratings(user)).isEmpty();

        // with the question alone, the focus waits on "Show the answer"; Space shows it, 3 rates Good
        Locator reveal = PracticePages.button(page, "Show the answer");
        reveal.focus();
        page.keyboard().press(" ");
        assertThat(page.locator(".review-answer")).containsText("Answer: ");
        BrowserSupport.screenshot(page, "review-question-only-desktop");
        page.keyboard().press("3");
        assertThat(page.locator(".review-last")).containsText("Rated Good: ");
        assertThat(ratings(user)).containsExactly("GOOD");
        assertFocusOn(page, ".review-reveal");
        page.close();
    }

    /**
     * Enter on the focused dropdown opens its list. On a loaded machine the first Enter can reach the
     * dropdown before it listens for keys; it is then pressed again, never more than three times.
     */
    private static void openWithEnter(Page page) {
        for (int attempt = 1; ; attempt++) {
            page.keyboard().press("Enter");
            try {
                page.waitForFunction("() => document.querySelector('vaadin-select[opened]') !== null", null,
                        new Page.WaitForFunctionOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notOpened) {
                if (attempt == 3) {
                    throw notOpened;
                }
            }
        }
    }
}
