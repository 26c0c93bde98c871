package org.cstoquiz.engine.question;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The left-hand column of a matching question: an id ({@code "1"}, {@code "2"}, …) and its text. */
public record Prompt(String id, String text) implements Serializable {

    public Prompt {
        Checks.requireNonBlank(id, "prompt id");
        Checks.requireNonBlank(text, "prompt text");
        id = id.strip();
        text = text.strip();
    }

    /** Prompts numbered {@code 1, 2, 3, …} in the given order. */
    public static List<Prompt> numbered(List<String> texts) {
        List<Prompt> prompts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            prompts.add(new Prompt(String.valueOf(i + 1), texts.get(i)));
        }
        return List.copyOf(prompts);
    }

    /** Prompts numbered {@code 1, 2, 3, …} in the given order. */
    public static List<Prompt> numbered(String... texts) {
        return numbered(List.of(texts));
    }
}
