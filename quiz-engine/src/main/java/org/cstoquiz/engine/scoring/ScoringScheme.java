package org.cstoquiz.engine.scoring;

import java.util.Objects;
import org.cstoquiz.engine.question.Grade;

/**
 * How a graded response turns into marks. A scheme maps (grade, the question's marks) to the marks
 * awarded, which may be negative under {@link #EXAM_NEGATIVE}.
 *
 * <p>Single-answer questions (single choice, true/false, numeric, short answer, statements,
 * assertion-reason) are only ever graded CORRECT, INCORRECT or BLANK: marking more than one choice
 * is graded INCORRECT by the question itself. PARTIALLY_CORRECT comes only from multiple response,
 * ordering and matching.
 */
public enum ScoringScheme {

    /** Correct earns full marks; anything else, partially correct included, earns 0. */
    PLAIN {
        @Override
        double awardChecked(Grade grade, double marks) {
            return grade.isCorrect() ? marks : 0.0;
        }
    },

    /** The grade's fraction of the marks: partially correct earns its share. Never negative. */
    PARTIAL_CREDIT {
        @Override
        double awardChecked(Grade grade, double marks) {
            return grade.fraction() * marks;
        }
    },

    /**
     * UPSC-style negative marking. Correct earns full marks; a wrong answer costs one third of the
     * question's marks ({@link #PENALTY_RATIO}); a blank costs nothing. On a single-answer question
     * a partial answer does not exist: more than one mark is graded INCORRECT and costs the third.
     * On multiple response, ordering and matching a partially correct answer earns its fraction of
     * the marks with no penalty (it is not wrong), and a fraction of 0 is wrong and costs the third.
     */
    EXAM_NEGATIVE {
        @Override
        double awardChecked(Grade grade, double marks) {
            return switch (grade.state()) {
                case CORRECT -> marks;
                case PARTIALLY_CORRECT -> grade.fraction() * marks;
                case INCORRECT -> -marks * PENALTY_RATIO;
                case BLANK -> 0.0;
            };
        }
    };

    /** Under {@link #EXAM_NEGATIVE}, the share of a question's marks a wrong answer costs. */
    public static final double PENALTY_RATIO = 1.0 / 3.0;

    /**
     * The marks awarded for {@code grade} on a question worth {@code marks}.
     *
     * @param marks the question's marks, not negative
     */
    public double award(Grade grade, double marks) {
        Objects.requireNonNull(grade, "grade");
        if (Double.isNaN(marks) || Double.isInfinite(marks) || marks < 0) {
            throw new IllegalArgumentException("marks must be a finite number not below 0, got " + marks);
        }
        return awardChecked(grade, marks);
    }

    abstract double awardChecked(Grade grade, double marks);
}
