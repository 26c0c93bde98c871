package org.cstoquiz.engine.question;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The correct answer of a question in words, and any response in the same words: what answer keys,
 * feedback and result pages say. Options are named by their letter and text ("B. Tashkent").
 */
public final class AnswerKeys {

    private AnswerKeys() {
    }

    public static String describe(Question question) {
        return switch (question.body()) {
            case Numeric n when n.tolerance().signum() > 0 ->
                    n.value().toPlainString() + " (± " + n.tolerance().toPlainString() + ")";
            case ShortAnswer s when s.accepted().size() > 1 ->
                    s.accepted().getFirst() + " (also accepted: " + String.join(", ", s.accepted().subList(1, s.accepted().size())) + ")";
            default -> describe(question, question.correctResponse());
        };
    }

    /** Any response in words: "B. Tashkent", "1992", "1 → C, 2 → A". */
    public static String describe(Question question, Response response) {
        Map<String, String> choices = question.choices().stream()
                .collect(Collectors.toMap(Choice::id, c -> c.id() + ". " + c.text()));
        return switch (response) {
            case Response.Blank b -> "(no answer)";
            case Response.Selection s -> s.choiceIds().stream().map(id -> choices.getOrDefault(id, id))
                    .collect(Collectors.joining("; "));
            case Response.TrueFalseAnswer t -> t.value() ? "True" : "False";
            case Response.NumberAnswer n -> n.value().toPlainString();
            case Response.TextAnswer t -> t.text();
            case Response.OrderAnswer o -> o.choiceIds().stream().map(id -> choices.getOrDefault(id, id))
                    .collect(Collectors.joining(" → "));
            case Response.MatchAnswer m -> question.prompts().stream()
                    .map(p -> p.id() + ". " + p.text() + " → " + choices.getOrDefault(m.promptToChoice().get(p.id()), "—"))
                    .collect(Collectors.joining("; "));
        };
    }
}
