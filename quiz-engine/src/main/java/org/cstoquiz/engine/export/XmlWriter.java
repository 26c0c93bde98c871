package org.cstoquiz.engine.export;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small, deterministic XML writer with two-space indentation. Every text and attribute value is
 * escaped by {@link Markup}, so nothing a question says is ever read as markup.
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
            out.append('>').append(Markup.text(text)).append("</").append(name).append(">\n");
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
            out.append(Markup.text(lines[i]));
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
            out.append(' ').append(attributes[i]).append("=\"").append(Markup.attribute(attributes[i + 1])).append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }
}
