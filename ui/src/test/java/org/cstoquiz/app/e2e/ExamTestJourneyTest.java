package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.marks;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Instant;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner in a real browser takes the exam-style test with the keyboard: some answers right, some
 * wrong, some left blank, and gets the score negative marking implies, worked out here from the
 * answer keys (a right answer +1, a wrong one -1/3, a blank 0).
 */
class ExamTestJourneyTest extends BrowserJourney {

    private static final String USER = "e2e-examinee";

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    private Page logIn(int width, int height) {
        if (accounts.findByUsername(USER).isEmpty()) {
            accounts.register(new RegistrationRequest(USER, "exam password", "exam password"));
        }
        Page page = browser().newPage(width, height);
        PracticePages.logIn(page, url(""), USER, "exam password");
        return page;
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
    }

    @Test
    void anExamStyleTestTakenWithTheKeyboardScoresWhatNegativeMarkingImplies() throws Exception {
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        Page page = logIn(1280, 900);
        page.navigate(url("/tests"));
        assertThat(page.getByText("25 questions · 30 minutes", new Page.GetByTextOptions().setExact(false))).isVisible();
        BrowserSupport.screenshot(page, "tests-past-results-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start “Exam style”")).click();
        assertThat(page.getByText("Question 1 of 25")).isVisible();
        assertThat(page.getByText(Pattern.compile("^Time left (30:00|29:\\d\\d)$"))).isVisible();

        SelfTest test = tests.current(USER, Instant.now()).orElseThrow();
        int right = 0;
        int wrong = 0;
        int radios = 0;
        for (int number = 1; number <= test.size(); number++) {
            assertThat(page.getByText("Question " + number + " of 25")).isVisible();
            Question question = test.slot(number).question();
            Response key = question.correctResponse();
            int answeredBefore = right + wrong;
            switch (question.type()) {
                case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON, TRUE_FALSE -> {
                    boolean answerWrongly = radios++ % 3 == 2;
                    int position = position(question, key, answerWrongly);
                    page.keyboard().press(String.valueOf(position));
                    assertThat(page.getByText("Your answer is saved.")).isVisible();
                    if (answerWrongly) {
                        wrong++;
                    } else {
                        right++;
                    }
                    if (number == 2) {
                        page.keyboard().press("f");
                        assertThat(page.getByText("Flagged for review.")).isVisible();
                    }
                    page.keyboard().press("Enter");
                }
                case NUMERIC, SHORT_ANSWER -> {
                    String typed = key instanceof Response.NumberAnswer n ? n.value().toPlainString()
                            : ((Response.TextAnswer) key).text();
                    page.getByLabel("Your answer").fill(typed);
                    page.getByLabel("Your answer").press("Enter");
                    right++;
                }
                default -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(number < test.size() ? "Next" : "To the summary").setExact(true)).click();
            }
            if (right + wrong > answeredBefore && number < test.size()) {
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^Question " + number + ", answered")))).isVisible();
            }
            if (number == 5) {
                BrowserSupport.screenshot(page, "test-question-keyboard-desktop");
            }
        }

        assertThat(page.getByText("Summary before submitting")).isVisible();
        int blank = test.size() - right - wrong;
        assertThat(page.getByText((right + wrong) + " of 25 questions answered.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        BrowserSupport.screenshot(page, "test-summary-answered-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();

        double expected = right - wrong / 3.0;
        String score = "Score: " + marks(expected) + " of 25 (" + marks(expected / 25 * 100) + "%)";
        assertThat(page.getByText(score)).isVisible();
        assertThat(page.getByText(right + " correct, 0 partly correct, " + wrong + " incorrect, " + blank
                + " not answered", new Page.GetByTextOptions().setExact(false))).isVisible();
        AttemptResult stored = tests.test(USER, test.id(), Instant.now()).result().orElseThrow();
        assertThat(stored.marksAwarded()).isEqualTo(Double.parseDouble(marks(expected)));
        assertThat(wrong).isPositive();
        assertThat(right).isGreaterThan(wrong);
        BrowserSupport.screenshot(page, "test-result-desktop");

        Page phone = logIn(390, 844);
        phone.navigate(url("/tests"));
        assertThat(phone.getByText("Past results")).isVisible();
        assertThat(phone.getByText(marks(expected) + " of 25", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        BrowserSupport.screenshot(phone, "tests-past-results-phone");
        assertThat(fitsTheWidth(phone)).as("the tests page fits 390 px").isTrue();
        phone.navigate(url("/tests/") + test.id());
        assertThat(phone.getByText(score)).isVisible();
        BrowserSupport.screenshot(phone, "test-result-phone");
        assertThat(fitsTheWidth(phone)).as("the result page fits 390 px").isTrue();
        phone.close();
        page.close();
    }

    /** The key that chooses the right answer, or a wrong one. */
    private static int position(Question question, Response key, boolean wrongly) {
        if (key instanceof Response.TrueFalseAnswer answer) {
            return answer.value() != wrongly ? 1 : 2;
        }
        String right = ((Response.Selection) key).choiceIds().iterator().next();
        for (int i = 0; i < question.choices().size(); i++) {
            Choice choice = question.choices().get(i);
            if (choice.id().equals(right) != wrongly) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no choice to pick in " + question.id());
    }
}
