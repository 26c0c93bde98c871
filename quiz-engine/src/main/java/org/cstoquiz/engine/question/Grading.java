package org.cstoquiz.engine.question;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Response-shape checks shared by the bodies. */
final class Grading {

    private Grading() {
    }

    static void requireNoProblem(QuestionBody body, Response response) {
        if (response == null) {
            throw new WrongResponseException(body.type().jsonName() + " question: response must not be null (use Response.BLANK)");
        }
        body.problemWith(response).ifPresent(problem -> {
            throw new WrongResponseException(problem);
        });
    }

    static Optional<String> shapeProblem(QuestionType type, Response response, Class<? extends Response> expected) {
        if (response == null) {
            return Optional.of(type.jsonName() + " question: response must not be null (use Response.BLANK)");
        }
        if (response instanceof Response.Blank || expected.isInstance(response)) {
            return Optional.empty();
        }
        return Optional.of("a " + type.jsonName() + " question takes a " + expected.getSimpleName()
                + " response, got " + response.getClass().getSimpleName());
    }

    static Optional<String> selectionProblem(QuestionType type, List<Choice> choices, Response response) {
        Optional<String> shape = shapeProblem(type, response, Response.Selection.class);
        if (shape.isPresent() || !(response instanceof Response.Selection selection)) {
            return shape;
        }
        return unknownIds(type, selection.choiceIds(), Checks.idsOf(choices), "choice");
    }

    static Optional<String> unknownIds(QuestionType type, Collection<String> given, Set<String> known, String what) {
        for (String id : given) {
            if (!known.contains(id)) {
                return Optional.of("a " + type.jsonName() + " question has no " + what + " '" + id + "'");
            }
        }
        return Optional.empty();
    }

    /** Relabels choices in {@code newOrder} as A, B, C, … and returns old id → new id. */
    static Map<String, String> relabel(List<Choice> choices, List<String> newOrder) {
        List<String> current = Checks.idsInOrder(choices);
        if (newOrder.size() != current.size() || !Set.copyOf(newOrder).equals(Set.copyOf(current))
                || Set.copyOf(newOrder).size() != newOrder.size()) {
            throw new IllegalArgumentException("new order " + newOrder + " is not a permutation of " + current);
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int i = 0; i < newOrder.size(); i++) {
            renamed.put(newOrder.get(i), Choice.letter(i));
        }
        return renamed;
    }

    static List<Choice> reordered(List<Choice> choices, List<String> newOrder, Map<String, String> renamed) {
        Map<String, Choice> byId = new HashMap<>();
        choices.forEach(choice -> byId.put(choice.id(), choice));
        return newOrder.stream()
                .map(id -> new Choice(renamed.get(id), byId.get(id).text()))
                .toList();
    }
}
