package org.cstoquiz.app.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.RecallMode;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review screen without a browser: the keys are handed to the view as the page would hand them
 * (the page's part, which leaves fields alone, is tested in the browser journey).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ReviewViewTest.Beans.class)
@DirtiesContext
class ReviewViewTest extends SpringBrowserlessTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @Autowired
    LearnerSettingsService settings;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private void account(String name) {
        if (accounts.findByUsername(name).isEmpty()) {
            accounts.register(new RegistrationRequest(name, "long enough password", "long enough password"));
        }
    }

    @BeforeEach
    void startOfTheDay() {
        clock.set(START);
    }

    private Question shownQuestion() {
        String stem = $(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).single().getText();
        return bank.bank(ExportRequest.DEFAULT_SEED).questions().stream().filter(q -> q.stem().equals(stem))
                .findFirst().orElseThrow();
    }

    private Button rating(String name) {
        return $(Button.class).withCondition(b -> b.hasClassName("rating-" + name)).single();
    }

    private String interval(String name) {
        return ((Span) rating(name).getSuffixComponent()).getText();
    }

    private String lastLine() {
        return $(Span.class).withCondition(s -> s.getParent().filter(p -> p.hasClassName("review-last")).isPresent())
                .first().getText();
    }

    private long answers(String user) {
        return jdbc.queryForObject("select count(*) from review_log where username = ?", Long.class, user);
    }

    /** The keys of the correct option of a one-choice or true/false question: its position from 1. */
    private static String correctKey(Question q) {
        Response correct = q.correctResponse();
        if (correct instanceof Response.TrueFalseAnswer tf) {
            return tf.value() ? "1" : "2";
        }
        String id = ((Response.Selection) correct).choiceIds().iterator().next();
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).id().equals(id)) {
                return String.valueOf(i + 1);
            }
        }
        throw new AssertionError("no key");
    }

    @Test
    @WithMockUser(username = "rev-view-options", roles = "LEARNER")
    void answerWithTheOptionsThenTakeTheSuggestedRatingAndUndoIt() {
        account("rev-view-options");
        ReviewView view = navigate(ReviewView.class);
        Question q = shownQuestion();
        assertThat($(Span.class).withCondition(s -> s.hasClassName("review-kind")).single().getText()).startsWith("New fact");

        // the first question of the first fact is a choice; its key chooses it, and 8 s is quick (< half of 20 s)
        view.onKey(correctKey(q));
        clock.advance(Duration.ofSeconds(8));
        view.onKey("Enter");

        assertThat($(com.vaadin.flow.component.html.H3.class).withCondition(h -> h.hasClassName("review-verdict"))
                .single().getText()).isEqualTo("Correct");
        assertThat($(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively().startsWith("Why: ")).exists())
                .isTrue();
        assertThat(List.of(interval("again"), interval("hard"), interval("good"), interval("easy")))
                .containsExactly("1 min", "6 min", "10 min", "8 d");
        assertThat(rating("easy").getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        assertThat(rating("good").getThemeNames()).doesNotContain(ButtonVariant.LUMO_PRIMARY.getVariantName());
        assertThat(rating("easy").getElement().getAttribute("aria-label"))
                .isEqualTo("Easy, comes back in 8 days (suggested), key 4");

        view.onKey("Enter");

        assertThat(answers("rev-view-options")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select rating from review_log where username = 'rev-view-options'", String.class))
                .isEqualTo("EASY");
        assertThat(lastLine()).isEqualTo("Rated Easy: “" + lastFactLabel("rev-view-options") + "” comes back in 8 days, on Tue 1 Dec.");
        assertThat(shownQuestion()).isNotEqualTo(q);

        test($(Button.class).withCondition(b -> b.hasClassName("review-undo")).single()).click();

        assertThat(answers("rev-view-options")).isZero();
        assertThat(shownQuestion()).isEqualTo(q);
        assertThat(lastLine()).startsWith("Undone: the rating of");
        assertThat($(Span.class).withCondition(s -> s.hasClassName("review-status")).single().getText())
                .isEqualTo("0 facts due now · 10 new facts left today · 0 of 193 facts seen");
    }

    @Autowired
    org.cstoquiz.app.review.ReviewService reviews;

    /** The name of the fact the learner rated last. */
    private String lastFactLabel(String user) {
        return reviews.label("csto", jdbc.queryForObject("select fact_id from review_log where username = ?"
                + " order by id desc limit 1", String.class, user));
    }

    @Test
    @WithMockUser(username = "rev-view-recall", roles = "LEARNER")
    void recallFromTheQuestionAloneThenRateEachWay() {
        account("rev-view-recall");
        ReviewView view = navigate(ReviewView.class);
        @SuppressWarnings("unchecked")
        Select<RecallMode> recall = $(Select.class).withCaption("While recalling").single();
        test(recall).selectItem("Question only: recall, then show the answer");
        assertThat(settings.recallMode("rev-view-recall")).isEqualTo(RecallMode.QUESTION_ONLY);
        assertThat($(RadioButtonGroup.class).exists()).isFalse();

        String[] keys = {"1", "2", "3", "4"};
        String[] expected = {"Rated Again: “%s” comes back in 1 minute, at 09:01.",
            "Rated Hard: “%s” comes back in 6 minutes, at 09:06.",
            "Rated Good: “%s” comes back in 10 minutes, at 09:10.",
            "Rated Easy: “%s” comes back in 8 days, on Tue 1 Dec."};
        for (int i = 0; i < keys.length; i++) {
            Question q = shownQuestion();
            view.onKey(" ");
            assertThat($(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively()
                    .equals("Answer: " + AnswerKeys.describe(q))).exists()).isTrue();
            // with the question alone, Space and Enter would give Good, as in Anki
            assertThat(rating("good").getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
            view.onKey(keys[i]);
            assertThat(lastLine()).isEqualTo(expected[i].formatted(lastFactLabel("rev-view-recall")));
        }
        assertThat(jdbc.queryForList("select rating || ' ' || self_rated || ' ' || correct from review_log"
                + " where username = 'rev-view-recall' order by id", String.class))
                .containsExactly("AGAIN TRUE FALSE", "HARD TRUE TRUE", "GOOD TRUE TRUE", "EASY TRUE TRUE");
    }

    @Test
    @WithMockUser(username = "rev-view-skip", roles = "LEARNER")
    void skippingShowsAnotherFactAndNeverTheSameAgainInTheSitting() {
        account("rev-view-skip");
        ReviewView view = navigate(ReviewView.class);
        Question first = shownQuestion();
        view.onKey("n");
        Question second = shownQuestion();
        assertThat(second.factIds()).doesNotContainAnyElementsOf(first.factIds());
        test($(Button.class).withText("Skip").single()).click();
        assertThat(shownQuestion().factIds()).doesNotContainAnyElementsOf(first.factIds())
                .doesNotContainAnyElementsOf(second.factIds());
        assertThat(answers("rev-view-skip")).isZero();
        // rating keys do nothing before the answer is shown
        view.onKey("4");
        assertThat(answers("rev-view-skip")).isZero();
    }

    @Test
    @WithMockUser(username = "rev-view-exam", roles = "LEARNER")
    void anExamDateGivesASensibleGrammaticalPlanAndAPastDateIsRefused() {
        account("rev-view-exam");
        navigate(ReviewView.class);
        DatePicker examDate = $(DatePicker.class).withCaption("Exam date").single();
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);

        test(examDate).setValue(today.minusDays(1));
        assertThat(examDate.isInvalid()).isTrue();
        assertThat(examDate.getErrorMessage()).isEqualTo("The exam date must be after today.");

        Map<Integer, String> expected = Map.of(
                7, "Exam on Mon 30 Nov 2026, in 7 days. 33 new facts a day to see the 193 facts not yet seen by Sat 28 Nov,"
                        + " then 1 day of revision. 0 reviews planned before it.",
                60, "Exam on Fri 22 Jan 2027, in 60 days. 10 new facts a day to see the 193 facts not yet seen by Sat 12 Dec,"
                        + " then 3 days of revision. 0 reviews planned before it.",
                365, "Exam on Tue 23 Nov 2027, in 365 days. 10 new facts a day to see the 193 facts not yet seen by Sat 12 Dec,"
                        + " then 3 days of revision. 0 reviews planned before it.");
        expected.forEach((days, text) -> {
            test(examDate).setValue(today.plusDays(days));
            assertThat(examDate.isInvalid()).isFalse();
            assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("review-plan")).single().getText())
                    .isEqualTo(text);
        });
    }

    @Test
    void thePlanIsWordedInTheRightNumber() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        var fsrs = org.cstoquiz.engine.schedule.FsrsScheduler.withDefaults();
        ExamPlan oneFact = ExamPlan.of(today, today.plusDays(1), ZoneOffset.UTC, java.util.Set.of("fact.a"), Map.of(),
                fsrs, 1);
        assertThat(ReviewWording.plan(oneFact)).isEqualTo("Exam on Tue 24 Nov 2026, in 1 day. 1 new fact a day to see"
                + " the 1 fact not yet seen by Mon 23 Nov. 0 reviews planned before it.");
        ExamPlan crowded = ExamPlan.of(today, today.plusDays(1), ZoneOffset.UTC,
                java.util.stream.IntStream.range(0, 150).mapToObj(i -> "fact." + i).collect(java.util.stream.Collectors.toSet()),
                Map.of(), fsrs, 10);
        assertThat(ReviewWording.plan(crowded)).isEqualTo("Exam on Tue 24 Nov 2026, in 1 day. Even at 100 new facts a day,"
                + " 50 of the 150 not yet seen cannot all be seen before it. 0 reviews planned before it.");
    }

    @Test
    @WithMockUser(username = "rev-view-zone", roles = "LEARNER")
    void theBrowsersTimeZoneIsKeptAndTimesAreShownInIt() {
        account("rev-view-zone");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), key -> key.equals("v-tzid") ? "Asia/Kamchatka" : null);
        ReviewView view = navigate(ReviewView.class);
        assertThat(settings.zone("rev-view-zone")).isEqualTo(ZoneId.of("Asia/Kamchatka"));

        view.onKey("Enter");
        view.onKey("3");
        // 09:00 UTC is 21:00 in Kamchatka (UTC+12): ten minutes later it is 21:10 there
        assertThat(lastLine()).endsWith("comes back in 10 minutes, at 21:10.");
    }
}
