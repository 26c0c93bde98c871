package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Optional;

/** Is the statement in the stem true? No choices; the response is a {@link Response.TrueFalseAnswer}. */
public record TrueFalse(boolean correctValue) implements QuestionBody {

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    @Override
    public Response correctResponse() {
        return Response.trueFalse(correctValue);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return Grading.shapeProblem(type(), response, Response.TrueFalseAnswer.class);
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        return ((Response.TrueFalseAnswer) response).value() == correctValue ? Grade.correct() : Grade.incorrect();
    }

    @Override
    public TrueFalse withChoiceOrder(List<String> newOrder) {
        if (!newOrder.isEmpty()) {
            throw new IllegalArgumentException("a true/false question has no choices to reorder");
        }
        return this;
    }
}
