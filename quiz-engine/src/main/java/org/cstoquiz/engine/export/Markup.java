package org.cstoquiz.engine.export;

/**
 * Text made safe inside XML or HTML: the one place where characters become entities, so nothing a
 * question says is ever read as markup. {@code & < >} always become entities; in an attribute
 * ({@code "…"}) or in HTML text {@code "} does too. XML ({@link #text}, {@link #attribute}) also
 * keeps a carriage return as {@code &#13;} (a parser would turn it into a line feed), writes tabs and
 * line feeds in attributes as character references, and turns characters XML 1.0 cannot carry at
 * all (control characters, lone surrogates) into U+FFFD; HTML text ({@link #html}) leaves every other
 * character as it is.
 */
public final class Markup {

    private Markup() {
    }

    /** For XML element content. */
    public static String text(String text) {
        return escape(text, false, true);
    }

    /** For a double-quoted XML attribute value. */
    public static String attribute(String text) {
        return escape(text, true, true);
    }

    /** For text in HTML (line breaks are the caller's to turn into {@code <br>}). */
    public static String html(String text) {
        return escape(text, true, false);
    }

    private static String escape(String text, boolean quoted, boolean xml) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(quoted ? "&quot;" : "\"");
                case '\r' -> escaped.append(xml ? "&#13;" : "\r");
                case '\n' -> escaped.append(xml && quoted ? "&#10;" : "\n");
                case '\t' -> escaped.append(xml && quoted ? "&#9;" : "\t");
                default -> escaped.appendCodePoint(!xml || isXmlChar(cp) ? cp : 0xFFFD);
            }
        }
        return escaped.toString();
    }

    /** XML 1.0's Char production (surrogates only arrive here unpaired). */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
