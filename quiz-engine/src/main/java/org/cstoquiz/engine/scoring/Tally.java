package org.cstoquiz.engine.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.cstoquiz.engine.question.Grade;

/**
 * A running count of graded questions and marks under one scheme. Immutable: {@link #add} returns a
 * new tally. The sums are kept unrounded (a third of 2 marks is not a finite decimal);
 * {@link #roundedMarksAwarded()} gives the figure to report, to 2 decimal places as exam results are.
 *
 * @param marksAwarded the unrounded sum of marks awarded; may be negative under negative marking
 * @param maxMarks     the sum of the questions' marks
 */
public record Tally(int correct, int partiallyCorrect, int incorrect, int blank, double marksAwarded, double maxMarks) {

    private static final Tally EMPTY = new Tally(0, 0, 0, 0, 0.0, 0.0);

    public static Tally empty() {
        return EMPTY;
    }

    /** Adds one question worth {@code marks}, graded {@code grade}, scored by {@code scheme}. */
    public Tally add(ScoringScheme scheme, Grade grade, double marks) {
        Objects.requireNonNull(scheme, "scheme");
        double awarded = scheme.award(grade, marks);
        return switch (grade.state()) {
            case CORRECT -> new Tally(correct + 1, partiallyCorrect, incorrect, blank, marksAwarded + awarded, maxMarks + marks);
            case PARTIALLY_CORRECT -> new Tally(correct, partiallyCorrect + 1, incorrect, blank, marksAwarded + awarded, maxMarks + marks);
            case INCORRECT -> new Tally(correct, partiallyCorrect, incorrect + 1, blank, marksAwarded + awarded, maxMarks + marks);
            case BLANK -> new Tally(correct, partiallyCorrect, incorrect, blank + 1, marksAwarded + awarded, maxMarks + marks);
        };
    }

    /** Both tallies together. */
    public Tally plus(Tally other) {
        return new Tally(correct + other.correct, partiallyCorrect + other.partiallyCorrect, incorrect + other.incorrect,
                blank + other.blank, marksAwarded + other.marksAwarded, maxMarks + other.maxMarks);
    }

    public int questions() {
        return correct + partiallyCorrect + incorrect + blank;
    }

    /** Marks awarded to 2 decimal places (half up), as exam results are reported. */
    public double roundedMarksAwarded() {
        return round(marksAwarded);
    }

    /** Marks awarded as a percentage of the maximum, to 2 decimal places; 0 when nothing was at stake. */
    public double percentage() {
        return maxMarks == 0.0 ? 0.0 : round(100.0 * marksAwarded / maxMarks);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }
}
