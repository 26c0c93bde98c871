package org.cstoquiz.app.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feedback on one answer as Moodle's review shows it: options marked in words, short why, sources by title. */
class FeedbackPanelTest {

    private static FactCatalog catalog;
    private static SourceNotes notes;

    @BeforeAll
    static void loadThePack() {
        catalog = new FactCatalog(Packs.loadAll(Optional.empty()));
        notes = catalog.sourceNotes("csto");
    }

    private static SlotFeedback answered(Question question, Response response) {
        var grade = question.grade(response);
        return new SlotFeedback(1, response, grade, 1, grade.fraction(), question.correctResponse(),
                question.explanation(), question.sources());
    }

    private static Question question(org.cstoquiz.engine.question.QuestionBody body) {
        return Question.builder().area(Area.DATES).stem("Which?").body(body)
                .explanation("The fact in a sentence. Source: The page (x.txt): “the quote”.")
                .source("002_9841b17b27cf22dc.txt", "the quote[3]").build();
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FeedbackPanelTest::all));
    }

    /** Each marked row as "class | option | words". */
    private static List<String> rows(FeedbackPanel panel) {
        List<String> rows = new ArrayList<>();
        all(panel).filter(c -> c instanceof ListItem item && item.hasClassName("marked-option")).forEach(item -> {
            String kind = item.getElement().getClassList().stream().filter(c -> !c.equals("marked-option")).findFirst()
                    .orElse("");
            String text = spanText(item, "option-text");
            String words = spanText(item, "option-mark");
            rows.add(kind + " | " + text + " | " + words);
        });
        return rows;
    }

    private static String spanText(Component item, String className) {
        return item.getChildren().filter(c -> c instanceof Span span && span.hasClassName(className))
                .map(c -> ((Span) c).getText()).findFirst().orElse("");
    }

    @Test
    void theKeyIsTickedAWrongPickCrossedAndTheRestLeftAsTheyWere() {
        Question question = question(SingleChoice.of("1992", List.of("1991", "1992", "1993")));
        FeedbackPanel panel = new FeedbackPanel(question, answered(question, Response.select("C")), notes);

        assertThat(rows(panel)).containsExactly(
                " | A. 1991 | ",
                "key | B. 1992 | Correct answer",
                "wrong | C. 1993 | Your answer, wrong");
        assertThat(all(panel).filter(c -> !c.getElement().isTextNode())
                .filter(c -> c.getElement().getText().startsWith("The fact in a sentence."))
                .map(c -> c.getElement().getText())).containsExactly("The fact in a sentence.");
        assertThat(all(panel).anyMatch(c -> c.getElement().getText().equals("“the quote”"))).isTrue();
        assertThat(all(panel).anyMatch(c -> c.getElement().getText()
                .equals("The CSTO's official website: history, activity, organizational structure, as of 1 April 2022")))
                .as("the source by its title and date").isTrue();
    }

    @Test
    void severalChoicesMarkEachPickAndEachMissedKey() {
        Question question = question(MultipleResponse.of(List.of("Armenia", "Belarus"),
                List.of("Armenia", "Belarus", "Georgia", "Ukraine")));
        FeedbackPanel panel = new FeedbackPanel(question, answered(question, Response.select("A", "C")), notes);

        assertThat(rows(panel)).containsExactly(
                "right | A. Armenia | Your answer, correct",
                "key | B. Belarus | Correct answer",
                "wrong | C. Georgia | Your answer, wrong",
                " | D. Ukraine | ");
    }

    @Test
    void anOrderingIsMarkedItemByItemAndAMatchingPairByPair() {
        Question ordering = question(Ordering.of(List.of("1999", "1992", "2002"), List.of("1992", "1999", "2002")));
        assertThat(rows(new FeedbackPanel(ordering, answered(ordering, Response.order("A", "B", "C")), notes)))
                .containsExactly(
                        "wrong | 1. 1999 | Your answer, wrong, belongs at 2",
                        "wrong | 2. 1992 | Your answer, wrong, belongs at 1",
                        "right | 3. 2002 | Your answer, correct");

        Question matching = question(new Matching(List.of(new Prompt("1", "Treaty"), new Prompt("2", "Charter")),
                org.cstoquiz.engine.question.Choice.lettered("1992", "2002"), Map.of("1", "A", "2", "B")));
        assertThat(rows(new FeedbackPanel(matching, answered(matching, Response.match(Map.of("1", "A"))), notes)))
                .containsExactly(
                        "right | 1. Treaty → A. 1992 | Your answer, correct",
                        "wrong | 2. Charter → (no answer) | Your answer, wrong, correct: B. 2002");
    }

    @Test
    void aTypedAnswerIsMarkedAsGivenWithTheKeyInWords() {
        Question numeric = question(Numeric.exactly(1992));
        FeedbackPanel panel = new FeedbackPanel(numeric, answered(numeric, Response.number(1993)), notes);
        assertThat(rows(panel)).containsExactly("wrong | 1993 | Your answer, wrong");
        assertThat(all(panel).anyMatch(c -> c.getElement().getTextRecursively().equals("Correct answer: 1992"))).isTrue();
    }

    @Test
    void everyQuestionOfTheBankGetsAShortWhyAndADisclosureWhereItsSourcesDisagree() {
        int disputed = 0;
        for (Question question : QuestionBank.generate(catalog.primary(), 42).questions()) {
            FeedbackPanel panel = new FeedbackPanel(question, answered(question, question.correctResponse()), notes);
            String why = FeedbackPanel.shortExplanation(question.explanation());
            assertThat(why).as(question.id()).isNotBlank().doesNotContain(" Source: ").doesNotContain("Sources differ here")
                    .doesNotContain("“");
            boolean disagree = !notes.disagreementsAbout(question.factIds()).isEmpty();
            List<Details> details = all(panel).filter(Details.class::isInstance).map(Details.class::cast).toList();
            assertThat(details).as(question.id()).hasSize(disagree ? 1 : 0);
            details.forEach(d -> assertThat(d.getSummaryText()).isEqualTo("Why sources differ"));
            disputed += disagree ? 1 : 0;
            assertThat(all(panel).filter(c -> c instanceof Span span && span.hasClassName("source-title"))
                    .map(c -> ((Span) c).getText())).as(question.id()).isNotEmpty().noneMatch(t -> t.endsWith(".txt"));
        }
        assertThat(disputed).as("questions whose sources disagree").isPositive();
    }
}
