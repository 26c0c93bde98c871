package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;

/** The verdict on one answer, the correct answer, why, and the words of the source. All text, never HTML. */
public class FeedbackPanel extends Div {

    public FeedbackPanel(Question question, SlotFeedback feedback) {
        addClassName("feedback");
        getElement().setAttribute("role", "status");
        H3 verdict = new H3(Labels.verdict(feedback.grade()));
        verdict.addClassName(switch (feedback.grade().state()) {
            case CORRECT -> "text-success";
            case PARTIALLY_CORRECT -> "text-warning";
            case INCORRECT -> "text-error";
            case BLANK -> "text-secondary";
        });
        String awarded = feedback.marksAwarded() > 0 ? "+" + Labels.marks(feedback.marksAwarded())
                : Labels.marks(feedback.marksAwarded());
        add(verdict, line("Marks: ", awarded + " of " + Labels.marks(feedback.marks())));
        if (feedback.grade().state() != GradeState.BLANK) {
            add(line("Your answer: ", AnswerKeys.describe(question, feedback.response())));
        }
        if (feedback.grade().state() != GradeState.CORRECT) {
            add(line("Correct answer: ", AnswerKeys.describe(question)));
        }
        if (!feedback.explanation().isBlank()) {
            add(line("Why: ", feedback.explanation()));
        }
        if (!feedback.sources().isEmpty()) {
            UnorderedList sources = new UnorderedList();
            feedback.sources().forEach(source -> {
                Span quote = new Span("“" + source.quote() + "”");
                quote.addClassName("source-quote");
                Span document = new Span(" — " + source.document());
                document.addClassName("text-secondary");
                sources.add(new ListItem(quote, document));
            });
            Span heading = new Span("The source says:");
            heading.addClassName("font-semibold");
            add(heading, sources);
        }
    }

    private static Paragraph line(String label, String text) {
        Span strong = new Span(label);
        strong.addClassName("font-semibold");
        return new Paragraph(strong, new Span(text));
    }
}
