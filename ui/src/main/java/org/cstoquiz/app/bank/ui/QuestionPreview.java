package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/** A question as a learner sees it, then its key, explanation and citations. All text, never HTML. */
class QuestionPreview extends Div {

    QuestionPreview(Question question) {
        addClassName("question-preview");
        Paragraph stem = new Paragraph(question.stem());
        stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        add(stem);
        if (!question.prompts().isEmpty()) {
            OrderedList prompts = new OrderedList();
            question.prompts().forEach(p -> prompts.add(new ListItem(p.id() + ". " + p.text())));
            add(new Span("Match each of:"), prompts);
        }
        if (!question.choices().isEmpty()) {
            UnorderedList choices = new UnorderedList();
            question.choices().forEach(c -> choices.add(new ListItem(c.id() + ". " + c.text())));
            add(choices);
        } else {
            add(new Paragraph(answerHint(question.type())));
        }
        add(line("Key: ", AnswerKeys.describe(question)));
        add(line("Explanation: ", question.explanation()));
        UnorderedList sources = new UnorderedList();
        question.sources().forEach(s -> sources.add(new ListItem(s.document() + ": “" + s.quote() + "”")));
        add(new Span("Sources:"), sources);
        add(line("Difficulty: ", String.format(Locale.ROOT, "%.2f", question.difficulty())
                + " · tests " + String.join(", ", question.factIds()) + " · id " + question.id()));
    }

    private static String answerHint(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> "True or false?";
            case NUMERIC -> "Enter a number.";
            case SHORT_ANSWER -> "Type the answer.";
            default -> "";
        };
    }

    private static Paragraph line(String label, String text) {
        Span strong = new Span(label);
        strong.getStyle().set("font-weight", "600");
        return new Paragraph(strong, new Span(text));
    }
}
