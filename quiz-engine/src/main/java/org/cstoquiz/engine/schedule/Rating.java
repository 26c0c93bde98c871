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
     * The app's policy for rating a review from the answer alone, since learners are not
     * asked to grade themselves:
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
