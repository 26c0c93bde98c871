package org.cstoquiz.engine.generate;

import java.util.Objects;

/**
 * An exam-worthy fact that the bank does not ask in at least two kinds of question, and why.
 *
 * @param factId  the fact
 * @param asked   how many questions ask it
 * @param reason  why no (or no second) kind of question could be written
 */
public record Skipped(String factId, int asked, String reason) {

    /** The sources disagree and no date or source named in a stem settles it. */
    public static final String CONTESTED = "the sources disagree about it and no time frame or source settles it";

    public Skipped {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return factId + " (" + asked + " question" + (asked == 1 ? "" : "s") + "): " + reason;
    }
}
