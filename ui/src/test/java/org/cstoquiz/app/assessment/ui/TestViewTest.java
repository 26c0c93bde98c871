package org.cstoquiz.app.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.assessment.PastTest;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@ActiveProfiles("test")
@Import(TestViewTest.Beans.class)
class TestViewTest extends SpringBrowserlessTest {

    static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    SelfTestService service;

    @Autowired
    MutableClock clock;

    // ---------------------------------------------------------------- helpers

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private String spanText(String className) {
        return $(Span.class).withCondition(span -> span.hasClassName(className)).single().getText();
    }

    private boolean showsText(String text) {
        return $(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively().contains(text)).exists();
    }

    private SelfTest current(String user) {
        return service.current(user, clock.instant()).orElseThrow();
    }

    private int shownNumber() {
        return $(Span.class).withCondition(span -> span.getText().matches("Question \\d+ of \\d+")).single()
                .getText().replaceAll("Question (\\d+) of \\d+", "$1").transform(Integer::parseInt);
    }

    @SuppressWarnings("unchecked")
    private void choose(Question question, String choiceId) {
        RadioButtonGroup<Choice> group = $(RadioButtonGroup.class).single();
        test(group).selectItem(question.choices().stream().filter(c -> c.id().equals(choiceId))
                .map(c -> c.id() + ". " + c.text()).findFirst().orElseThrow());
    }

    private static String rightId(Question question) {
        return ((Response.Selection) question.correctResponse()).choiceIds().iterator().next();
    }

    private static String wrongId(Question question) {
        String right = rightId(question);
        return question.choices().stream().map(Choice::id).filter(id -> !id.equals(right)).findFirst().orElseThrow();
    }

    private long singleChoiceBlueprint(String name, int questions, int minutes) {
        return RunAs.instructor(() -> service.saveBlueprint(Blueprint.draft(name, Set.of(),
                Set.of(QuestionType.SINGLE_CHOICE), questions, minutes, ScoringScheme.EXAM_NEGATIVE))).id().orElseThrow();
    }

    private void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    // ---------------------------------------------------------------- tests

    @Test
    @WithMockUser(username = "tamara", roles = "LEARNER")
    void startingTheExamStyleTestShowsItsFirstQuestionTheQuestionButtonsAndTheCountdown() {
        navigate(TestsView.class);
        assertThat($(H3.class).withText("Exam style").exists()).isTrue();
        assertThat(showsText("25 questions · 30 minutes · all areas · all types")).isTrue();
        assertThat(showsText("No test taken yet.")).isTrue();

        test(button("Start “Exam style”")).click();

        assertThat(shownNumber()).isEqualTo(1);
        assertThat(spanText("test-countdown")).isEqualTo("Time left 30:00");
        assertThat($(Button.class).withCondition(b -> b.getElement().getAttribute("aria-label") != null
                && b.getElement().getAttribute("aria-label").startsWith("Question ")).all()).hasSize(25);
        clock.advance(Duration.ofSeconds(75));
        poll();
        assertThat(spanText("test-countdown")).isEqualTo("Time left 28:45");

        navigate(TestsView.class);
        assertThat(showsText("You have a test in progress: “Exam style”, 0 of 25 answered, 28:45 left.")).isTrue();
        assertThat(button("Start “Quick check”").isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "ulyana", roles = "LEARNER")
    void answersAreSavedAsTheyAreChosenKeptOnTheWayBackAndFlagsShowInTheSummary() {
        long id = service.start("ulyana", singleChoiceBlueprint("Four choices", 4, 20), clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        Question first = current("ulyana").slot(1).question();

        choose(first, wrongId(first));
        assertThat(current("ulyana").slot(1).currentResponse()).isEqualTo(Response.select(wrongId(first)));
        assertThat(spanText("test-status")).isEqualTo("Your answer is saved.");
        choose(first, rightId(first));
        assertThat(current("ulyana").slot(1).currentResponse()).isEqualTo(first.correctResponse());
        assertThat(current("ulyana").attempt().feedback(1)).isEmpty();

        test(button("Next")).click();
        assertThat(shownNumber()).isEqualTo(2);
        test(button("Flag for review")).click();
        assertThat(current("ulyana").flagged()).containsExactly(2);
        assertThat($(Button.class).withCondition(b -> "Question 2, not answered, flagged, shown"
                .equals(b.getElement().getAttribute("aria-label"))).exists()).isTrue();

        test($(Button.class).withCondition(b -> b.getElement().getAttribute("aria-label") != null
                && b.getElement().getAttribute("aria-label").startsWith("Question 1,")).single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> group = $(RadioButtonGroup.class).single();
        assertThat(group.getValue().id()).isEqualTo(rightId(first));

        test(button("Finish the test…")).click();
        assertThat(getCurrentView()).isInstanceOf(TestSummaryView.class);
        assertThat(showsText("1 of 4 questions answered. 3 not answered, 1 flagged for review.")).isTrue();
        assertThat($(ListItem.class).withCondition(li -> li.getElement().getTextRecursively()
                .equals("Question 2: not answered, flagged")).exists()).isTrue();
        test(button("Return to the test")).click();
        assertThat(shownNumber()).isEqualTo(2);

        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        assertThat(shownNumber()).isEqualTo(2);
        assertThat(spanText("test-countdown")).isEqualTo("Time left 20:00");
    }

    @Test
    @WithMockUser(username = "valentin", roles = "LEARNER")
    void keysChooseSaveMoveAndFlag() {
        long id = service.start("valentin", singleChoiceBlueprint("Keyed", 3, 0), clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        Question first = current("valentin").slot(1).question();
        int position = first.choices().indexOf(first.choices().stream().filter(c -> c.id().equals(rightId(first)))
                .findFirst().orElseThrow()) + 1;

        fireShortcut(new Key[] {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5}[position - 1]);
        assertThat(current("valentin").slot(1).currentResponse()).isEqualTo(first.correctResponse());
        fireShortcut(Key.ENTER);
        assertThat(shownNumber()).isEqualTo(2);
        fireShortcut(Key.KEY_F);
        assertThat(current("valentin").flagged()).containsExactly(2);
        fireShortcut(Key.KEY_N);
        assertThat(shownNumber()).isEqualTo(3);
        fireShortcut(Key.KEY_P);
        assertThat(shownNumber()).isEqualTo(2);
        assertThat(spanText("test-countdown")).isEqualTo("Untimed");
    }

    @Test
    @WithMockUser(username = "wanda", roles = "LEARNER")
    void submittingShowsTheNegativelyMarkedScoreEveryQuestionWithItsKeyAndThePastResult() {
        long id = service.start("wanda", singleChoiceBlueprint("Marked", 4, 30), clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        for (int n = 1; n <= 3; n++) {
            Question question = current("wanda").slot(shownNumber()).question();
            clock.advance(Duration.ofMinutes(1));
            choose(question, n == 3 ? wrongId(question) : rightId(question));
            test(button("Next")).click();
        }
        test(button("To the summary")).click();
        assertThat(showsText("3 of 4 questions answered. 1 not answered, none flagged.")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        test(button("Submit and finish")).click();

        // 2 right (+2), 1 wrong (-1/3), 1 blank (0)
        assertThat(spanText("test-result")).isEqualTo("Score: 1.67 of 4 (41.67%)");
        assertThat(showsText("2 correct, 0 partly correct, 1 incorrect, 1 not answered · 5:00 used of 30:00")).isTrue();
        assertThat($(H3.class).withText("By area").exists()).isTrue();
        assertThat($(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively().startsWith("Correct answer: ")).all())
                .hasSize(2);
        assertThat($(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively().equals("Marks: -0.33 of 1")).exists())
                .isTrue();

        navigate(TestsView.class);
        @SuppressWarnings("unchecked")
        Grid<PastTest> past = $(Grid.class).single();
        assertThat(test(past).size()).isEqualTo(1);
        assertThat(test(past).getCellText(0, test(past).getColumnPosition("score"))).isEqualTo("1.67 of 4 (41.67%)");
        assertThat(test(past).getCellText(0, test(past).getColumnPosition("ended"))).isEqualTo("Submitted");

        UI.getCurrent().navigate("tests/" + id);
        assertThat(getCurrentView()).isInstanceOf(TestResultView.class);
        assertThat(spanText("test-result")).isEqualTo("Score: 1.67 of 4 (41.67%)");
    }

    @Test
    @WithMockUser(username = "yakov", roles = "LEARNER")
    void whenTimeRunsOutTheTestIsClosedAndMarkedWithoutAnyInput() {
        long id = service.start("yakov", singleChoiceBlueprint("Two minutes", 3, 2), clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        Question first = current("yakov").slot(1).question();
        choose(first, rightId(first));

        clock.advance(Duration.ofMinutes(2));
        poll();

        assertThat($(H3.class).withText("Time is up").exists()).isTrue();
        assertThat(spanText("test-result")).isEqualTo("Score: 1 of 3 (33.33%)");
        assertThat(service.past("yakov")).singleElement().extracting(PastTest::state).isEqualTo(AttemptState.TIME_UP);
    }

    @Test
    @WithMockUser(username = "zinaida", roles = "LEARNER")
    void anotherLearnersTestIsNotShown() {
        long id = service.start("someone-else", singleChoiceBlueprint("Private", 2, 5), clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));
        assertThat(showsText("There is no test " + id + " of yours.")).isTrue();
        assertThat($(RadioButtonGroup.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "olga", roles = "LEARNER")
    void anOrderingQuestionPassedOverStaysUnansweredAndMovingAnItemAnswersIt() {
        long blueprint = RunAs.instructor(() -> service.saveBlueprint(Blueprint.draft("Orderings", Set.of(),
                Set.of(QuestionType.ORDERING), 2, 20, ScoringScheme.EXAM_NEGATIVE))).id().orElseThrow();
        long id = service.start("olga", blueprint, clock.instant()).id();
        navigate(TestView.class, java.util.Map.of("id", String.valueOf(id)));

        test(button("Next")).click();
        assertThat(shownNumber()).isEqualTo(2);
        assertThat(current("olga").slot(1).currentResponse()).isEqualTo(Response.BLANK);

        Question second = current("olga").slot(2).question();
        test($(Button.class).withCondition(b -> ("Move down: " + second.choices().getFirst().text())
                .equals(b.getElement().getAttribute("aria-label"))).single()).click();
        assertThat(current("olga").slot(2).currentResponse()).isInstanceOf(Response.OrderAnswer.class);
        assertThat(spanText("test-status")).isEqualTo("Your answer is saved.");

        test(button("To the summary")).click();
        assertThat(showsText("1 of 2 questions answered. 1 not answered, none flagged.")).isTrue();
        test(button("Submit and finish")).click();
        assertThat(service.past("olga")).singleElement().satisfies(past -> {
            assertThat(past.total().blank()).isEqualTo(1);
            assertThat(past.total().questions()).isEqualTo(2);
        });
    }
}
