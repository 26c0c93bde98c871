package org.cstoquiz.engine.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * How typed answers are compared: case, whitespace, diacritics and punctuation do not matter, so
 * "Chișinău", "chisinau" and " CHISINAU. " are the same answer, and so are "Nur-Sultan" and
 * "Nur Sultan". Letters without a decomposition are folded by hand (ß → ss, ł → l, ø → o, …).
 * Apostrophes are dropped ("Côte d'Ivoire" = "Cote dIvoire"); other punctuation separates words.
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** The comparison form of {@code text}: lower case ASCII-folded letters and digits separated by single spaces. */
    public static String normalise(String text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || isApostrophe(cp)) {
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold(cp));
        }
        return out.toString();
    }

    /** Whether two typed texts are the same answer under {@link #normalise(String)}. */
    public static boolean sameAnswer(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    private static String fold(int cp) {
        return switch (cp) {
            case 'ß' -> "ss";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ı' -> "i";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            default -> Character.toString(cp);
        };
    }
}
