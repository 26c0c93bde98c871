package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.app.curation.ui.ReportProblem;
import org.cstoquiz.app.facts.ReadableQuotes;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;

/**
 * The verdict on one answer, as Moodle's review shows it: the marks, the options with the key ticked
 * and a wrong pick crossed, the correct answer in words, one short explanation, a sentence where the
 * sources disagree (the detail behind "Why sources differ"), and the sources by title and date with
 * their words made readable. All text, never HTML.
 */
public class FeedbackPanel extends Div {

    /** Where the generated explanation goes on from the fact to its quotes and to the sources' disagreement. */
    private static final List<String> BEYOND_THE_FACT = List.of(" Source: ", " Sources differ here");

    public FeedbackPanel(Question question, SlotFeedback feedback, SourceNotes notes) {
        addClassName("feedback");
        GradeState state = feedback.grade().state();
        H3 verdict = new H3(Labels.verdict(feedback.grade()));
        verdict.addClassNames("verdict", switch (state) {
            case CORRECT -> "verdict-right";
            case PARTIALLY_CORRECT -> "verdict-partly";
            case INCORRECT -> "verdict-wrong";
            case BLANK -> "verdict-blank";
        });
        String awarded = feedback.marksAwarded() > 0 ? "+" + Labels.marks(feedback.marksAwarded())
                : Labels.marks(feedback.marksAwarded());
        add(verdict, line("Marks: ", awarded + " of " + Labels.marks(feedback.marks())));
        add(new MarkedAnswer(question, feedback.response(), state));
        if (state != GradeState.CORRECT) {
            add(line("Correct answer: ", AnswerKeys.describe(question)));
        }
        String why = shortExplanation(feedback.explanation());
        if (!why.isEmpty()) {
            Paragraph explanation = line("Why: ", why);
            explanation.addClassName("feedback-why");
            add(explanation);
        }
        List<SourceNotes.Disagreement> disagreements = notes.disagreementsAbout(question.factIds());
        if (!disagreements.isEmpty()) {
            add(disagreement(disagreements));
        }
        if (!feedback.sources().isEmpty()) {
            add(sources(feedback, notes));
        }
        add(new ReportProblem(question));
    }

    /**
     * The explanation up to where it quotes its sources or sets out their disagreement, which the
     * panel shows apart: "On 15 May 1992, the Collective Security Treaty was signed in Tashkent by …".
     */
    static String shortExplanation(String explanation) {
        int end = explanation.length();
        for (String marker : BEYOND_THE_FACT) {
            int at = explanation.indexOf(marker);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return explanation.substring(0, end).strip();
    }

    /** One sentence that the sources disagree, and the readings, who holds them and why one is followed behind "Why sources differ". */
    private static Div disagreement(List<SourceNotes.Disagreement> disagreements) {
        Div block = new Div();
        block.addClassName("feedback-disagreement");
        String topics = String.join(" ", disagreements.stream().map(d -> "“" + d.topic() + "”").toList());
        block.add(new Paragraph("The sources disagree on this point (" + topics + "); the answer follows the reading "
                + "this quiz adopts."));
        Div detail = new Div();
        for (SourceNotes.Disagreement disagreement : disagreements) {
            Paragraph topic = new Paragraph(disagreement.topic());
            topic.addClassName("font-semibold");
            UnorderedList sides = new UnorderedList();
            for (SourceNotes.Side side : disagreement.sides()) {
                sides.add(new ListItem(side.says() + " — " + String.join("; ", side.sources())
                        + side.asOf().map(date -> ", as of " + date).orElse("")
                        + (side.followed() ? " (the reading followed here)" : "")));
            }
            detail.add(topic, sides, new Paragraph(disagreement.rationale()));
        }
        Details details = new Details("Why sources differ", detail);
        details.addClassName("sources-differ");
        block.add(details);
        return block;
    }

    /** The sources by title and date, each with its quotes as a person reads them. */
    private static Div sources(SlotFeedback feedback, SourceNotes notes) {
        Map<String, List<ReadableQuotes.Quote>> byDocument = new LinkedHashMap<>();
        for (ReadableQuotes.Quote quote : ReadableQuotes.of(feedback.sources())) {
            byDocument.computeIfAbsent(quote.document(), document -> new ArrayList<>()).add(quote);
        }
        Div block = new Div();
        block.addClassName("feedback-sources");
        Span heading = new Span(byDocument.size() == 1 ? "Source" : "Sources");
        heading.addClassName("font-semibold");
        UnorderedList list = new UnorderedList();
        byDocument.forEach((document, quotes) -> {
            Span title = new Span(notes.label(document));
            title.addClassName("source-title");
            ListItem item = new ListItem(title);
            for (ReadableQuotes.Quote quote : quotes) {
                Div said = new Div(quote.verbatim() ? "“" + quote.text() + "”" : quote.text());
                said.addClassName("source-quote");
                item.add(said);
            }
            list.add(item);
        });
        block.add(heading, list);
        return block;
    }

    private static Paragraph line(String label, String text) {
        Span strong = new Span(label);
        strong.addClassName("font-semibold");
        return new Paragraph(strong, new Text(text));
    }
}
