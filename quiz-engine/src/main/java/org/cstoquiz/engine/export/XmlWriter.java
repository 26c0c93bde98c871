package org.cstoquiz.engine.export;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small, deterministic XML writer with two-space indentation. Every text and attribute value is
 * escaped, so nothing a question says is ever read as markup: {@code & < > "} become entities, a
 * carriage return becomes {@code &#13;} (a parser would otherwise turn it into a line feed), tabs
 * and line feeds in attributes become character references, and characters XML 1.0 cannot carry
 * at all (control characters, lone surrogates) become U+FFFD.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens {@code name}; {@code attributes} are name, value pairs. */
    XmlWriter start(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    XmlWriter end() {
        String name = open.pop();
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name attributes>text</name>} on one line (or {@code <name/>} for an empty text). */
    XmlWriter element(String name, String text, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        if (text.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        }
        return this;
    }

    /**
     * {@code <name attributes>line<br/>line</name>} on one line: the text escaped, each line break
     * ({@code \r\n}, {@code \r} or {@code \n}) as an empty {@code br} element.
     */
    XmlWriter lines(String name, String text, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(escape(lines[i], false));
        }
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Raw, already well-formed markup written as is on its own line; only for constant fragments. */
    XmlWriter markup(String constant) {
        indent();
        out.append(constant).append('\n');
        return this;
    }

    String toXml() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    /** {@code text} escaped for element content ({@code attribute} false) or a double-quoted attribute. */
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#13;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> escaped.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD);
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
