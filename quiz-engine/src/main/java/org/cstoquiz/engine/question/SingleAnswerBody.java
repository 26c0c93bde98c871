package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Optional;

/**
 * A body whose key is exactly one of its choices: single choice, statements, assertion-reason.
 * The response is a {@link Response.Selection}; more than one mark grades INCORRECT.
 */
public sealed interface SingleAnswerBody extends QuestionBody permits SingleChoice, Statements, AssertionReason {

    @Override
    List<Choice> choices();

    /** The id of the one correct choice. */
    String correctChoiceId();

    /** The text of the one correct choice. */
    default String correctChoiceText() {
        return choices().stream()
                .filter(choice -> choice.id().equals(correctChoiceId()))
                .findFirst()
                .orElseThrow()
                .text();
    }

    @Override
    default Response correctResponse() {
        return Response.select(correctChoiceId());
    }

    @Override
    default Optional<String> problemWith(Response response) {
        return Grading.selectionProblem(type(), choices(), response);
    }

    @Override
    default Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        var marked = ((Response.Selection) response).choiceIds();
        return marked.size() == 1 && marked.contains(correctChoiceId()) ? Grade.correct() : Grade.incorrect();
    }
}
