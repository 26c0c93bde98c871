package org.cstoquiz.engine.question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the question records. */
final class Checks {

    private Checks() {
    }

    static String requireNonBlank(String value, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /**
     * At least {@code minimum} choices, ids unique, and no two texts that read the same once case,
     * whitespace, diacritics and punctuation are ignored.
     */
    static List<Choice> checkChoices(List<Choice> choices, int minimum, String what) {
        Objects.requireNonNull(choices, what + " must not be null");
        List<Choice> copy = List.copyOf(choices);
        if (copy.size() < minimum) {
            throw new IllegalArgumentException(what + " needs at least " + minimum + " choices, got " + copy.size());
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> texts = new HashMap<>();
        for (Choice choice : copy) {
            if (!ids.add(choice.id())) {
                throw new IllegalArgumentException(what + ": duplicate choice id '" + choice.id() + "'");
            }
            String earlier = texts.putIfAbsent(AnswerText.normalise(choice.text()), choice.text());
            if (earlier != null) {
                throw new IllegalArgumentException(
                        what + ": choices '" + earlier + "' and '" + choice.text() + "' read the same");
            }
        }
        return copy;
    }

    static Set<String> idsOf(List<Choice> choices) {
        Set<String> ids = new HashSet<>();
        choices.forEach(choice -> ids.add(choice.id()));
        return ids;
    }

    static void requireChoiceId(List<Choice> choices, String id, String what) {
        Objects.requireNonNull(id, what + " must not be null");
        if (!idsOf(choices).contains(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is not one of the choice ids " + idsInOrder(choices));
        }
    }

    static List<String> idsInOrder(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }
}
