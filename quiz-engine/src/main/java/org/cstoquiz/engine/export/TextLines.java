package org.cstoquiz.engine.export;

/** Line handling shared by the line-based formats. */
final class TextLines {

    private TextLines() {
    }

    /** {@code text} on one line: every line break, with the blanks around it, becomes one space. */
    static String oneLine(String text) {
        return text.replaceAll("[ \\t]*\\R[ \\t]*", " ").strip();
    }
}
