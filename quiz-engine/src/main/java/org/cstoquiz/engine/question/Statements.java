package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Map;

/**
 * The exam format "Consider the following statements: 1. … 2. … Which of the statements given above
 * is/are correct?" (or "How many of the above statements are correct?"). The statements live in the
 * stem; the choices are the standard options ("1 only", "Both 1 and 2", …). Build both with
 * {@link ExamFormats}.
 */
public record Statements(List<Choice> choices, String correctChoiceId) implements SingleAnswerBody {

    public Statements {
        choices = Checks.checkChoices(choices, 2, "statements");
        Checks.requireChoiceId(choices, correctChoiceId, "statements key");
    }

    @Override
    public QuestionType type() {
        return QuestionType.STATEMENTS;
    }

    @Override
    public Statements withChoiceOrder(List<String> newOrder) {
        Map<String, String> renamed = Grading.relabel(choices, newOrder);
        return new Statements(Grading.reordered(choices, newOrder, renamed), renamed.get(correctChoiceId));
    }
}
