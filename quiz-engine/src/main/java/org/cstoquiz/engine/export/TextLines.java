package org.cstoquiz.engine.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line handling shared by the line-based formats. */
final class TextLines {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]\\s+(.+)");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.:;?!…]$");

    private TextLines() {
    }

    /** {@code text} on one line: every line break, with the blanks around it, becomes one space. */
    static String oneLine(String text) {
        return text.replaceAll("[ \\t]*\\R[ \\t]*", " ").strip();
    }

    /**
     * A stem of several lines on one line, still reading as the lines it was made of: a run of
     * numbered lines ({@code 1. …}, {@code 2. …}) becomes {@code (1) …; (2) ….}, and every other line
     * that does not end a sentence gets a full stop, so statements never run into each other or into
     * the question that follows them:
     *
     * <pre>
     * Consider the following statements:            Consider the following statements: (1) The Treaty was
     * 1. The Treaty was signed in Tashkent     →    signed in Tashkent; (2) Uzbekistan left in 1999. Which
     * 2. Uzbekistan left in 1999.                   of the statements given above is/are correct?
     * Which of the statements given above is/are correct?
     * </pre>
     *
     * A text of one line is only {@linkplain #oneLine stripped}.
     */
    static String sentences(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() <= 1) {
            return oneLine(text);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher numbered = NUMBERED.matcher(line);
            boolean last = i == lines.size() - 1;
            if (numbered.matches()) {
                String statement = "(" + numbered.group(1) + ") " + withoutFullStop(numbered.group(2).strip());
                boolean runGoesOn = !last && NUMBERED.matcher(lines.get(i + 1)).matches();
                parts.add(statement + (runGoesOn ? (endOfSentence(statement).isEmpty() ? "" : ";") : endOfSentence(statement)));
            } else {
                parts.add(last ? line : line + (ENDS_A_SENTENCE.matcher(line).matches() ? "" : "."));
            }
        }
        return oneLine(String.join(" ", parts));
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
    }

    private static String endOfSentence(String text) {
        return ENDS_A_SENTENCE.matcher(text).matches() ? "" : ".";
    }
}
