package org.cstoquiz.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The one text normaliser of the project, used to grade typed answers, to accept a name's variants
 * and to tell whether two options say the same thing: case, accents, punctuation, spacing and a
 * leading "the" do not count. "Chișinău", "chisinau" and " CHISINAU. " are the same text, and so are
 * "Nur-Sultan" and "Nur Sultan", "the Kyrgyz Republic" and "Kyrgyz Republic". Letters without a
 * decomposition are folded by hand (ß → ss, ł → l, ø → o, …). Apostrophes are dropped ("Côte d'Ivoire"
 * = "Cote dIvoire"); other punctuation separates words.
 *
 * <p>Names are written in content packs as they read inside a sentence ("the Collective Security
 * Council", "NATO"); {@link #bare} gives the form shown on its own (an option, a label).
 */
public final class Names {

    private Names() {
    }

    /** The comparison form: lower-case ASCII-folded letters and digits separated by single spaces, no leading "the". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String known = NORMALIZED.get(text);
        if (known != null) {
            return known;
        }
        if (NORMALIZED.size() > CACHE_LIMIT) {
            NORMALIZED.clear();
        }
        String normalized = fold(text);
        NORMALIZED.put(text, normalized);
        return normalized;
    }

    /** Normalising is pure and the same names are compared over and over (grading, options, variants). */
    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private static String fold(String text) {
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
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold(cp));
        }
        String s = out.toString();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Whether two texts are the same under {@link #normalize}. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** The name without the leading "the" it takes inside a sentence, with a capital first letter. */
    public static String bare(String name) {
        Objects.requireNonNull(name, "name");
        String s = name.strip();
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4);
        }
        return capitalized(s);
    }

    /** The text with a capital first letter ("southern Kyrgyzstan" → "Southern Kyrgyzstan"). */
    public static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
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
