package org.cstoquiz.engine.question;

import java.util.Objects;
import org.cstoquiz.domain.Names;

/**
 * How typed answers are compared: with the project's one normaliser, {@link Names#normalize}, the
 * same one that tells whether two options of a question say the same thing. Case, whitespace,
 * diacritics, punctuation and a leading "the" do not matter, so "Chișinău", "chisinau" and
 * " CHISINAU. " are the same answer, and so are "Nur-Sultan" and "Nur Sultan".
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** The comparison form of {@code text} (see {@link Names#normalize}). */
    public static String normalise(String text) {
        Objects.requireNonNull(text, "text");
        return Names.normalize(text);
    }

    /** Whether two typed texts are the same answer. */
    public static boolean sameAnswer(String a, String b) {
        return Names.same(a, b);
    }
}
