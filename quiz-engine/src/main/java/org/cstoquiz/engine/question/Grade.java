package org.cstoquiz.engine.question;

import java.io.Serializable;

/**
 * The judgement of one response: the fraction of the question's marks earned (0 to 1) and the state.
 * The two always agree: CORRECT has fraction 1, INCORRECT and BLANK have 0, PARTIALLY_CORRECT lies
 * strictly between.
 */
public record Grade(double fraction, GradeState state) implements Serializable {

    private static final Grade CORRECT = new Grade(1.0, GradeState.CORRECT);
    private static final Grade INCORRECT = new Grade(0.0, GradeState.INCORRECT);
    private static final Grade BLANK = new Grade(0.0, GradeState.BLANK);

    public Grade {
        if (state == null) {
            throw new NullPointerException("grade state must not be null");
        }
        if (Double.isNaN(fraction) || fraction < 0.0 || fraction > 1.0) {
            throw new IllegalArgumentException("grade fraction must be in [0, 1], got " + fraction);
        }
        boolean consistent = switch (state) {
            case CORRECT -> fraction == 1.0;
            case PARTIALLY_CORRECT -> fraction > 0.0 && fraction < 1.0;
            case INCORRECT, BLANK -> fraction == 0.0;
        };
        if (!consistent) {
            throw new IllegalArgumentException("fraction " + fraction + " does not fit state " + state);
        }
    }

    public static Grade correct() {
        return CORRECT;
    }

    public static Grade incorrect() {
        return INCORRECT;
    }

    public static Grade blank() {
        return BLANK;
    }

    /** CORRECT for 1, INCORRECT for 0, PARTIALLY_CORRECT in between. */
    public static Grade ofFraction(double fraction) {
        if (fraction == 1.0) {
            return CORRECT;
        }
        if (fraction == 0.0) {
            return INCORRECT;
        }
        return new Grade(fraction, GradeState.PARTIALLY_CORRECT);
    }

    public boolean isCorrect() {
        return state == GradeState.CORRECT;
    }

    public boolean isBlank() {
        return state == GradeState.BLANK;
    }
}
