package org.cstoquiz.app.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.attempt.ui.CountdownEvents.countdownReachesZero;
import static org.cstoquiz.app.attempt.ui.CountdownEvents.heartbeat;
import static org.cstoquiz.app.attempt.ui.KeyPresses.press;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.attempt.AttemptFixtures;
import org.cstoquiz.app.facts.ReadableQuotes;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@ActiveProfiles("test")
@Import(PracticeViewTest.Beans.class)
class PracticeViewTest extends SpringBrowserlessTest {

    static final Instant START = Instant.parse("2026-04-06T09:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        @Primary
        MutableClock practiceClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    PracticeService service;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    // ---------------------------------------------------------------- helpers

    private String spanText(String className) {
        return $(Span.class).withCondition(span -> span.hasClassName(className)).single().getText();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private boolean showsParagraphWith(String text) {
        return $(Paragraph.class).withCondition(p -> p.getElement().getTextRecursively().contains(text)).exists();
    }

    private boolean showsHeading(String text) {
        return $(H3.class).withText(text).exists();
    }

    private PracticeSession current(String user) {
        return service.current(user, clock.instant()).orElseThrow();
    }

    private Question shown(String user) {
        String progress = spanText("practice-progress");
        int number = Integer.parseInt(progress.replaceAll("Question (\\d+) of \\d+", "$1"));
        return current(user).attempt().slot(number).question();
    }

    /** Starts a session from the form: these types, this many questions, this time limit. */
    @SuppressWarnings("unchecked")
    private void startFromTheForm(Set<QuestionType> types, int length, String timeLimit) {
        navigate(PracticeView.class);
        ((MultiSelectComboBox<QuestionType>) $(MultiSelectComboBox.class).withCaption("Types").single()).setValue(types);
        test($(IntegerField.class).withCaption("Questions").single()).setValue(length);
        test((Select<Integer>) $(Select.class).withCaption("Time limit").single()).selectItem(timeLimit);
        test(button("Start")).click();
    }


    private static String label(Question question, String choiceId) {
        return question.choices().stream().filter(choice -> choice.id().equals(choiceId))
                .map(choice -> choice.id() + ". " + choice.text()).findFirst().orElseThrow();
    }

    private static String rightId(Question question) {
        return ((Response.Selection) question.correctResponse()).choiceIds().iterator().next();
    }

    /** The quotes under "Source", as shown. */
    private List<String> sourceQuotes() {
        return $(Div.class).withCondition(div -> div.hasClassName("source-quote")).all().stream().map(Div::getText).toList();
    }

    /** The one option marked with {@code words} ("Correct answer"), as its label reads. */
    private String markedOption(String words) {
        List<String> marked = markedOptions(words);
        assertThat(marked).as(words).hasSize(1);
        return marked.getFirst();
    }

    private static String someWrongChoice(Question question) {
        Set<String> right = ((Response.Selection) question.correctResponse()).choiceIds();
        return question.choices().stream().map(Choice::id).filter(id -> !right.contains(id)).findFirst().orElseThrow();
    }

    /** Gives the correct answer through the inputs of the question's type. */
    @SuppressWarnings("unchecked")
    private void answerCorrectly(Question question) {
        Response key = question.correctResponse();
        switch (question.type()) {
            case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON -> test((RadioButtonGroup<Choice>) $(RadioButtonGroup.class)
                    .single()).selectItem(label(question, ((Response.Selection) key).choiceIds().iterator().next()));
            case MULTIPLE_RESPONSE -> test((CheckboxGroup<Choice>) $(CheckboxGroup.class).single()).selectItems(
                    ((Response.Selection) key).choiceIds().stream().map(id -> label(question, id)).toList());
            case TRUE_FALSE -> test((RadioButtonGroup<Boolean>) $(RadioButtonGroup.class).single())
                    .selectItem(((Response.TrueFalseAnswer) key).value() ? "True" : "False");
            case NUMERIC -> test($(NumberField.class).withCaption("Your answer").single())
                    .setValue(((Response.NumberAnswer) key).value().doubleValue());
            case SHORT_ANSWER -> test($(TextField.class).withCaption("Your answer").single())
                    .setValue(((Response.TextAnswer) key).text());
            case ORDERING -> {
                List<String> target = ((Response.OrderAnswer) key).choiceIds().stream()
                        .map(id -> question.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().text())
                        .toList();
                for (int place = 0; place < target.size(); place++) {
                    String text = target.get(place);
                    while (shownOrder().indexOf(text) > place) {
                        test($(Button.class).withCondition(b -> b.getAriaLabel().orElse("").equals("Move up: " + text))
                                .single()).click();
                    }
                }
                assertThat(shownOrder()).containsExactlyElementsOf(target);
            }
            case MATCHING -> {
                Map<String, String> pairs = ((Response.MatchAnswer) key).promptToChoice();
                for (Prompt prompt : question.prompts()) {
                    test((Select<Choice>) $(Select.class).withCaption(prompt.id() + ". " + prompt.text()).single())
                            .selectItem(label(question, pairs.get(prompt.id())));
                }
            }
        }
    }

    private List<String> shownOrder() {
        List<String> texts = new ArrayList<>();
        $(Span.class).withCondition(span -> span.hasClassName("order-item")).all()
                .forEach(span -> texts.add(span.getText().replaceFirst("^\\d+\\. ", "")));
        return texts;
    }

    /** Every component of the screen, shown or hidden. */
    private static Stream<Component> inTheScreen(Component root) {
        return Stream.concat(Stream.of(root),
                root.getChildren().flatMap(PracticeViewTest::inTheScreen));
    }

    // ---------------------------------------------------------------- tests

    @Test
    @WithMockUser(username = "pavel", roles = "LEARNER")
    void aSessionGradesEachAnswerAtOnceWithTheExplanationTheSourceAndARunningScore() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE), 3, "10 minutes");

        assertThat(getCurrentView()).isInstanceOf(PracticeSessionView.class);
        assertThat(spanText("practice-progress")).isEqualTo("Question 1 of 3");
        assertThat(spanText("practice-countdown")).isEqualTo("Time left 10:00");
        assertThat(spanText("practice-score")).isEqualTo("Score 0 of 0");
        Question first = shown("pavel");
        assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).single().getText())
                .isEqualTo(first.stem());

        test(button("Submit")).click();
        assertThat($(Span.class).withText("Choose an answer first, or press “I don't know” to see it.").single()
                .isVisible()).isTrue();

        clock.advance(Duration.ofSeconds(30));
        answerCorrectly(first);
        test(button("Submit")).click();

        assertThat(showsHeading("Correct")).isTrue();
        assertThat(showsParagraphWith("Why: " + first.explanation().split(" Source: ")[0])).isTrue();
        assertThat(showsParagraphWith(" Source: ")).as("the explanation is not followed by its quotes again").isFalse();
        assertThat(sourceQuotes()).contains("“" + ReadableQuotes.of(first.sources()).getFirst().text() + "”");
        assertThat(markedOption("Your answer, correct")).isEqualTo(label(first, rightId(first)));
        assertThat(spanText("practice-score")).isEqualTo("Score 1 of 1");
        assertThat(spanText("practice-countdown")).isEqualTo("Time left 9:30");

        // the keyboard: N to go on, a number to choose, Enter to submit
        press("n");
        assertThat(spanText("practice-progress")).isEqualTo("Question 2 of 3");
        Question second = shown("pavel");
        String wrong = someWrongChoice(second);
        press(String.valueOf(second.choices().stream().map(Choice::id).toList().indexOf(wrong) + 1));
        press("Enter");

        assertThat(showsHeading("Incorrect")).isTrue();
        assertThat(markedOption("Your answer, wrong")).isEqualTo(label(second, wrong));
        assertThat(markedOption("Correct answer")).isEqualTo(label(second, rightId(second)));
        assertThat(showsParagraphWith("Correct answer: " + AnswerKeys.describe(second))).isTrue();
        assertThat(spanText("practice-score")).isEqualTo("Score 1 of 2");
        assertThat($(RadioButtonGroup.class).all()).as("the options give way to the marked ones").isEmpty();
        assertThat(inTheScreen((Component) getCurrentView()).filter(c -> c instanceof RadioButtonGroup<?>
                || c instanceof Button button && List.of("Submit", "I don't know").contains(button.getText())))
                .as("the answered question's options and buttons leave the page, not only the view").isEmpty();

        // "I don't know" reveals the answer of the last one; then the result
        test(button("Next question")).click();
        test(button("I don't know")).click();
        assertThat(showsHeading("Not answered")).isTrue();
        assertThat(spanText("practice-score")).isEqualTo("Score 1 of 3");
        test(button("See the result")).click();

        assertThat(getCurrentView()).isInstanceOf(PracticeResultView.class);
        assertThat(showsHeading("Session finished")).isTrue();
        assertThat(spanText("practice-result")).isEqualTo("Score: 1 of 3 (33.33%)");
        PracticeSession stored = service.latest("pavel", clock.instant()).orElseThrow();
        assertThat(stored.state()).isEqualTo(AttemptState.FINISHED);
        assertThat(stored.submitted()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "raisa", roles = "LEARNER")
    void coming_back_resumes_the_open_session_at_its_first_unanswered_question() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE), 4, "Untimed");
        assertThat(spanText("practice-countdown")).isEqualTo("Untimed");
        answerCorrectly(shown("raisa"));
        test(button("Submit")).click();
        Question second = current("raisa").attempt().slot(2).question();

        UI.getCurrent().navigate("");
        assertThat($(PracticeSessionView.class).exists()).isFalse();
        UI.getCurrent().navigate(PracticeView.class);

        assertThat(spanText("practice-progress")).isEqualTo("Question 2 of 4");
        assertThat(spanText("practice-score")).isEqualTo("Score 1 of 1");
        assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).single().getText())
                .isEqualTo(second.stem());
        assertThat(current("raisa").attempt().slot(1).isSubmitted()).isTrue();
    }

    @Test
    @WithMockUser(username = "semyon", roles = "LEARNER")
    void whenTheTimeIsUpTheSessionIsScoredAndClosed() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE), 3, "5 minutes");
        answerCorrectly(shown("semyon"));
        test(button("Submit")).click();
        test(button("Next question")).click();

        clock.set(START.plus(Duration.ofMinutes(5)).minusSeconds(1));
        heartbeat();
        assertThat(spanText("practice-countdown")).isEqualTo("Time left 0:01");
        assertThat(UI.getCurrent().getPollInterval()).as("the page never polls").isEqualTo(-1);

        // A browser whose clock runs fast reaches zero early: the server still has a second to give.
        countdownReachesZero();
        assertThat(spanText("practice-countdown")).isEqualTo("Time left 0:01");
        assertThat(current("semyon").isOpen()).isTrue();

        clock.advance(Duration.ofSeconds(2));
        countdownReachesZero();

        assertThat(showsHeading("Time is up")).isTrue();
        assertThat(spanText("practice-result")).isEqualTo("Score: 1 of 3 (33.33%)");
        PracticeSession closed = service.latest("semyon", clock.instant()).orElseThrow();
        assertThat(closed.state()).isEqualTo(AttemptState.TIME_UP);
        assertThat(closed.result().orElseThrow().timeUsed()).isEqualTo(Duration.ofMinutes(5));

        UI.getCurrent().navigate("");
        navigate(PracticeView.class);
        assertThat(showsParagraphWith("Your last session: 1 of 3 marks")).isTrue();
    }

    @Test
    @WithMockUser(username = "taisia", roles = "LEARNER")
    void theServerRefusesAnAnswerAfterTheDeadlineWhateverTheScreenShows() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE), 2, "5 minutes");
        Question first = shown("taisia");
        answerCorrectly(first);

        clock.advance(Duration.ofMinutes(6)); // no poll: the screen still offers the question
        test(button("Submit")).click();

        assertThat(showsHeading("Time is up")).isTrue();
        assertThat(spanText("practice-result")).isEqualTo("Score: 0 of 2 (0%)");
        assertThat(service.latest("taisia", clock.instant()).orElseThrow().attempt().slot(1).isSubmitted()).isFalse();
    }

    @Test
    @WithMockUser(username = "ulyana", roles = "LEARNER")
    void everyTypeOfQuestionHasItsInputAndIsGradedFromIt() {
        clock.set(START);
        List<QuestionType> tried = new ArrayList<>();
        for (QuestionType type : QuestionType.values()) {
            if (service.available("csto", Set.of(), Set.of(type)) == 0) {
                continue;
            }
            startFromTheForm(Set.of(type), 1, "Untimed");
            Question question = shown("ulyana");
            test(button("Submit")).click();
            String whatToDo = switch (type) {
                case ORDERING -> "Move the items into order first";
                case NUMERIC, SHORT_ANSWER -> "Type an answer first";
                default -> "Choose an answer first";
            };
            assertThat($(Span.class).withText(whatToDo + ", or press “I don't know” to see it.").single().isVisible())
                    .as(type.toString()).isTrue();
            answerCorrectly(question);
            test(button("Submit")).click();
            assertThat(showsHeading("Correct")).as(type + ": " + question.stem()).isTrue();
            test(button("See the result")).click();
            assertThat(spanText("practice-result")).isEqualTo("Score: 1 of 1 (100%)");
            tried.add(type);
            UI.getCurrent().navigate("");
        }
        assertThat(tried).contains(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.ORDERING,
                QuestionType.MATCHING);
    }

    @Test
    @WithMockUser(username = "vadim", roles = "LEARNER")
    void questionTextIsShownAsTextNeverAsHtml() {
        String stem = "Which is <b>bold</b>? <img src=x onerror=alert(1)>";
        Question question = Question.builder().area(Area.DATES).stem(stem)
                .body(SingleChoice.of("<i>this</i>", List.of("<i>this</i>", "that"))).explanation("<script>x</script>")
                .source("hand.txt", "<u>quoted</u>").build();
        AttemptFixtures.storeUntimedSession(context, "vadim", START, List.of(question));
        clock.set(START.plusSeconds(10));

        UI.getCurrent().navigate(PracticeView.class);
        assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).single().getText())
                .isEqualTo(stem);
        press("a");
        press("Enter");

        assertThat(showsHeading("Correct")).isTrue();
        assertThat(sourceQuotes()).containsExactly("“<u>quoted</u>”");
        assertThat($(Html.class).exists()).isFalse();
        List<Component> all = new ArrayList<>();
        collect(UI.getCurrent(), all);
        assertThat(all).noneMatch(component -> component.getElement().hasProperty("innerHTML"));
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        component.getChildren().forEach(child -> collect(child, into));
    }

    @Test
    @WithMockUser(username = "pavel-home", roles = "LEARNER")
    void theFormSaysHowManyQuestionsMatch() {
        navigate(PracticeView.class);
        int all = service.available("csto", Set.of(), Set.of());
        assertThat(spanText("practice-matching")).isEqualTo(all + " questions match");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Area> areas = $(MultiSelectComboBox.class).withCaption("Areas").single();
        areas.setValue(Set.of(Area.DATES));
        assertThat(spanText("practice-matching"))
                .isEqualTo(service.available("csto", Set.of(Area.DATES), Set.of()) + " questions match");
    }

    @Test
    @WithMockUser(username = "pavel-again", roles = "LEARNER")
    @SuppressWarnings("unchecked")
    void theFormOffersWhatTheLearnerAskedForLastTime() {
        clock.set(START);
        navigate(PracticeView.class);
        ((MultiSelectComboBox<Area>) $(MultiSelectComboBox.class).withCaption("Areas").single()).setValue(Set.of(Area.DATES));
        ((MultiSelectComboBox<QuestionType>) $(MultiSelectComboBox.class).withCaption("Types").single())
                .setValue(Set.of(QuestionType.TRUE_FALSE, QuestionType.NUMERIC));
        test($(IntegerField.class).withCaption("Questions").single()).setValue(7);
        test((Select<Integer>) $(Select.class).withCaption("Time limit").single()).selectItem("20 minutes");
        test((Select<ScoringScheme>) $(Select.class).withCaption("Scoring").single())
                .selectItem("Exam: a wrong answer costs a third of a mark");
        test(button("Start")).click();
        test(button("Finish session")).click();
        test($(ConfirmDialog.class).single()).confirm();

        navigate(PracticeView.class);
        assertThat(((MultiSelectComboBox<Area>) $(MultiSelectComboBox.class).withCaption("Areas").single()).getValue())
                .containsExactly(Area.DATES);
        assertThat(((MultiSelectComboBox<QuestionType>) $(MultiSelectComboBox.class).withCaption("Types").single())
                .getValue()).containsExactlyInAnyOrder(QuestionType.TRUE_FALSE, QuestionType.NUMERIC);
        assertThat($(IntegerField.class).withCaption("Questions").single().getValue()).isEqualTo(7);
        assertThat(((Select<Integer>) $(Select.class).withCaption("Time limit").single()).getValue()).isEqualTo(20);
        assertThat(((Select<ScoringScheme>) $(Select.class).withCaption("Scoring").single()).getValue())
                .isEqualTo(ScoringScheme.EXAM_NEGATIVE);
        assertThat(service.lastSettings("someone-new")).as("per learner").isEmpty();
    }

    @Test
    @WithMockUser(username = "pavla", roles = "LEARNER")
    void finishingWithQuestionsUnansweredAsksFirstAndSaysHowMany() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE), 3, "Untimed");
        answerCorrectly(shown("pavla"));
        test(button("Submit")).click();

        test(button("Finish session")).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Finish the session?");
        assertThat(test(dialog).getText()).isEqualTo("2 questions are not answered yet and will count as not answered.");
        test(dialog).cancel();
        assertThat(getCurrentView()).isInstanceOf(PracticeSessionView.class);
        assertThat(current("pavla").isOpen()).isTrue();

        test(button("Finish session")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(PracticeResultView.class);
        assertThat(service.latest("pavla", clock.instant()).orElseThrow().result().orElseThrow().total().blank())
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "petr", roles = "LEARNER")
    void theResultReviewsEveryQuestionAndPastSessionsReopen() {
        clock.set(START);
        startFromTheForm(Set.of(QuestionType.SINGLE_CHOICE), 2, "Untimed");
        Question first = shown("petr");
        answerCorrectly(first);
        test(button("Submit")).click();
        press("n");
        Question second = shown("petr");
        test(button("I don't know")).click();
        test(button("See the result")).click();
        long id = service.latest("petr", clock.instant()).orElseThrow().id();

        assertThat(getCurrentView()).isInstanceOf(PracticeResultView.class);
        assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).all())
                .extracting(Paragraph::getText).containsExactly(first.stem(), second.stem());
        assertThat(markedOptions("Correct answer")).containsExactly(label(second, rightId(second)));
        Checkbox onlyWrong = $(Checkbox.class).withCaption("Only what I got wrong (1)").single();
        test(onlyWrong).click();
        assertThat($(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).all())
                .extracting(Paragraph::getText).containsExactly(second.stem());

        navigate(PracticeView.class);
        assertThat(showsHeading("Past sessions")).isTrue();
        var past = test($(com.vaadin.flow.component.grid.Grid.class).withCondition(g -> g.hasClassName("past-sessions"))
                .single());
        assertThat(past.size()).isEqualTo(1);
        assertThat(past.getCellText(0, past.getColumnPosition("score"))).isEqualTo("1 of 2 (50%)");
        UI.getCurrent().navigate(PracticeResultView.class, new com.vaadin.flow.router.RouteParameters("id",
                String.valueOf(id)));
        assertThat(getCurrentView()).isInstanceOf(PracticeResultView.class);
        assertThat(showsHeading("Session finished")).isTrue();
    }

    @Test
    void aSessionAsksEveryTypeChosenWithinOneOfAnEvenShare() {
        Set<QuestionType> seven = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
                QuestionType.TRUE_FALSE, QuestionType.NUMERIC, QuestionType.SHORT_ANSWER, QuestionType.ORDERING,
                QuestionType.MATCHING);
        PracticeSession session = service.start("pia", new PracticeSettings(Set.of(), seven, 14, Optional.empty(),
                ScoringScheme.PLAIN), START);
        Map<QuestionType, Long> perType = session.attempt().slots().stream()
                .collect(Collectors.groupingBy(slot -> slot.question().type(), Collectors.counting()));
        // two each where the bank allows; one fact asked once per session can leave a type one short
        assertThat(perType).hasSize(7).allSatisfy((type, count) -> assertThat(count).as(type.name()).isBetween(1L, 3L));
        assertThat(perType.values().stream().filter(count -> count == 2L).count()).isGreaterThanOrEqualTo(5);
    }

    /** The options marked with {@code words}, as their labels read. */
    private List<String> markedOptions(String words) {
        return $(ListItem.class).withCondition(item -> item.hasClassName("marked-option") && item.isVisible()
                        && item.getChildren().anyMatch(part -> part instanceof Span mark && mark.hasClassName("option-mark")
                        && mark.getText().equals(words)))
                .all().stream().map(item -> item.getChildren()
                        .filter(part -> part instanceof Span text && text.hasClassName("option-text"))
                        .map(part -> ((Span) part).getText()).findFirst().orElseThrow())
                .toList();
    }
}
