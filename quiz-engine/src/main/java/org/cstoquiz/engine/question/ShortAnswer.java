package org.cstoquiz.engine.question;

import java.util.List;
import java.util.Optional;

/**
 * Type a name. Any of the accepted variants is correct ("Kyrgyzstan", "Kyrgyz Republic"); the
 * comparison ignores case, whitespace, diacritics and punctuation (see {@link AnswerText}), so
 * "Chisinau" matches an accepted "Chișinău". The first variant is the one shown as the answer.
 */
public record ShortAnswer(List<String> accepted) implements QuestionBody {

    public ShortAnswer {
        accepted = List.copyOf(accepted).stream().map(String::strip).toList();
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("short answer needs at least one accepted variant");
        }
        for (String variant : accepted) {
            if (AnswerText.normalise(variant).isEmpty()) {
                throw new IllegalArgumentException("short answer variant '" + variant + "' has no letters or digits");
            }
        }
    }

    public static ShortAnswer accepting(String... variants) {
        return new ShortAnswer(List.of(variants));
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    @Override
    public Response correctResponse() {
        return Response.text(accepted.getFirst());
    }

    @Override
    public Optional<String> problemWith(Response response) {
        return Grading.shapeProblem(type(), response, Response.TextAnswer.class);
    }

    @Override
    public Grade grade(Response response) {
        Grading.requireNoProblem(this, response);
        if (response.isBlank()) {
            return Grade.blank();
        }
        String given = AnswerText.normalise(((Response.TextAnswer) response).text());
        return accepted.stream().map(AnswerText::normalise).anyMatch(given::equals)
                ? Grade.correct() : Grade.incorrect();
    }

    @Override
    public ShortAnswer withChoiceOrder(List<String> newOrder) {
        if (!newOrder.isEmpty()) {
            throw new IllegalArgumentException("a short-answer question has no choices to reorder");
        }
        return this;
    }
}
