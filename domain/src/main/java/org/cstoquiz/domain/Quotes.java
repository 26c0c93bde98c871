package org.cstoquiz.domain;

import java.util.Objects;

/**
 * How a quote is compared with its source: whitespace runs count as one space, and typographic
 * quotes, apostrophes and dashes count as their plain ASCII forms. Nothing else is forgiven.
 */
public final class Quotes {

    private Quotes() {
    }

    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    /** True when {@code quote} occurs in {@code source} after normalising both. */
    public static boolean occursIn(String quote, String source) {
        String q = normalize(quote);
        return !q.isEmpty() && normalize(source).contains(q);
    }
}
