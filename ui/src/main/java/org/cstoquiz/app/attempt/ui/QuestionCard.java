package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.Question;

/** A question as the learner reads it: the stem, as text, and what a matching question asks for; inputs and feedback go below. */
public class QuestionCard extends Div {

    private QuestionCard() {
        addClassName("question-card");
        setWidthFull();
    }

    /** The question being asked. */
    public static QuestionCard asking(Question question) {
        QuestionCard card = new QuestionCard();
        card.add(stem(question));
        if (!question.prompts().isEmpty()) {
            card.add(new Span("Match each on the left with one answer."));
        }
        return card;
    }

    /** Question {@code number} of a closed attempt: its prompts listed, then the verdict on the answer given. */
    public static QuestionCard reviewed(int number, Question question, Optional<SlotFeedback> feedback) {
        QuestionCard card = new QuestionCard();
        Span heading = new Span("Question " + number);
        heading.addClassNames("text-secondary", "text-s");
        card.add(heading, stem(question));
        question.prompts().forEach(prompt -> card.add(new Paragraph(prompt.id() + ". " + prompt.text())));
        feedback.ifPresent(given -> card.add(new FeedbackPanel(question, given)));
        return card;
    }

    private static Paragraph stem(Question question) {
        Paragraph stem = new Paragraph(question.stem());
        stem.addClassName("question-stem");
        stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        return stem;
    }
}
