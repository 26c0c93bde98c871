package org.cstoquiz.engine.export;

import java.util.Objects;

/**
 * A question an exporter left out of its file because the target tool could not import it whole,
 * and why. Formats without comments (Aiken), whose syntax cannot express a text (GIFT), or whose
 * target stores a field in a column too short for it (Moodle) report these instead of writing a
 * note into the file or cutting a text short.
 *
 * @param reason what rules the question out, the same words for every question it rules out (so
 *               skipped questions can be counted by reason)
 * @param detail what in this question breaks the rule, e.g. the length of the text; may be empty
 */
public record Skipped(String questionId, String reason, String detail) {

    public Skipped {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public Skipped(String questionId, String reason) {
        this(questionId, reason, "");
    }

    /** The reason, then the detail in parentheses when there is one. */
    public String explained() {
        return detail.isEmpty() ? reason : reason + " (" + detail + ")";
    }
}
