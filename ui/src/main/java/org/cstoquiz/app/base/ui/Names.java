package org.cstoquiz.app.base.ui;

import java.util.Locale;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;

/** How the screens name areas, question types and other enumerated values: "Dates", "Single choice". */
public final class Names {

    private Names() {
    }

    /** The area of a fact or a question. */
    public static String area(Area area) {
        return words(area.name());
    }

    public static String type(QuestionType type) {
        return words(type.name());
    }

    /** A constant's name as words with a capital: {@code SINGLE_CHOICE} → "Single choice". */
    public static String words(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
