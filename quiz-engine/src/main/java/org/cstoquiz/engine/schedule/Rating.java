package org.cstoquiz.engine.schedule;

import java.time.Duration;
import java.util.Objects;

/** How well a card was recalled, in FSRS grade order (AGAIN = 1 ... EASY = 4). */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** The FSRS grade G used in the formulas: 1 for AGAIN up to 4 for EASY. */
    public int grade() {
        return ordinal() + 1;
    }

    /**
     * The rating suggested by an answer given a share {@code fraction} of the marks (0 wrong or
     * blank, 1 right, in between partly right): {@link #AGAIN} when nothing was right, {@link #HARD}
     * when only part was, and by speed ({@link #fromCorrectnessAndSpeed}) when all was.
     */
    public static Rating fromAnswer(double fraction, Duration taken, Duration expected) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1]: " + fraction);
        }
        if (fraction > 0 && fraction < 1) {
            fromCorrectnessAndSpeed(true, taken, expected); // checks the durations
            return HARD;
        }
        return fromCorrectnessAndSpeed(fraction == 1, taken, expected);
    }

    /**
     * The app's policy for rating a review from the answer alone:
     * <ul>
     *   <li>wrong answer: {@link #AGAIN}, however fast;</li>
     *   <li>right, and {@code taken} more than 1.5 × {@code expected}: {@link #HARD};</li>
     *   <li>right, and {@code taken} at most 0.5 × {@code expected}: {@link #EASY};</li>
     *   <li>otherwise right: {@link #GOOD}.</li>
     * </ul>
     *
     * @param correct  whether the answer was right
     * @param taken    how long the learner took to answer; not negative
     * @param expected how long this question is expected to take; positive
     */
    public static Rating fromCorrectnessAndSpeed(boolean correct, Duration taken, Duration expected) {
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(expected, "expected");
        if (taken.isNegative()) {
            throw new IllegalArgumentException("taken must not be negative: " + taken);
        }
        if (expected.isNegative() || expected.isZero()) {
            throw new IllegalArgumentException("expected must be positive: " + expected);
        }
        if (!correct) {
            return AGAIN;
        }
        // Compare 2 × taken with expected and 3 × expected to stay in exact Duration arithmetic.
        Duration twiceTaken = taken.multipliedBy(2);
        if (twiceTaken.compareTo(expected.multipliedBy(3)) > 0) {
            return HARD;
        }
        if (twiceTaken.compareTo(expected) <= 0) {
            return EASY;
        }
        return GOOD;
    }
}
