package org.cstoquiz.engine.question;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One option shown to the learner: an id ({@code "A"}, {@code "B"}, …) and its text.
 * For ordering questions the choices are the items to order; for matching questions they are the
 * right-hand column.
 */
public record Choice(String id, String text) implements Serializable {

    public Choice {
        Checks.requireNonBlank(id, "choice id");
        Checks.requireNonBlank(text, "choice text");
        id = id.strip();
        text = text.strip();
    }

    /** Choices labelled {@code A, B, C, …} in the given order. */
    public static List<Choice> lettered(List<String> texts) {
        if (texts.size() > 26) {
            throw new IllegalArgumentException("at most 26 lettered choices, got " + texts.size());
        }
        List<Choice> choices = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            choices.add(new Choice(letter(i), texts.get(i)));
        }
        return List.copyOf(choices);
    }

    /** Choices labelled {@code A, B, C, …} in the given order. */
    public static List<Choice> lettered(String... texts) {
        return lettered(List.of(texts));
    }

    /** The letter for a zero-based position: 0 → "A". */
    public static String letter(int position) {
        if (position < 0 || position >= 26) {
            throw new IllegalArgumentException("no letter for position " + position);
        }
        return String.valueOf((char) ('A' + position));
    }
}
