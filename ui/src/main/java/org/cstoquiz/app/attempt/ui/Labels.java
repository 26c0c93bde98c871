package org.cstoquiz.app.attempt.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.cstoquiz.app.base.ui.Plural;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.cstoquiz.engine.scoring.Tally;

/** How the practice screens put things into words. */
public final class Labels {

    private Labels() {
    }

    public static String scheme(ScoringScheme scheme) {
        return switch (scheme) {
            case PARTIAL_CREDIT -> "Partial credit";
            case EXAM_NEGATIVE -> "Exam: a wrong answer costs a third of a mark";
            case PLAIN -> "Right or wrong only";
        };
    }

    public static String timeLimit(int minutes) {
        return minutes == 0 ? "Untimed" : Plural.of(minutes, "minute");
    }

    /** 1 → "1", 1.67 → "1.67", -0.33 → "-0.33". */
    public static String marks(double marks) {
        return BigDecimal.valueOf(marks).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "7 of 10" with the percentage when something was at stake. */
    public static String score(Tally tally) {
        return marks(tally.roundedMarksAwarded()) + " of " + marks(tally.maxMarks());
    }

    /** "9:05", or "1:02:03" from an hour. */
    public static String clock(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }

    public static String verdict(Grade grade) {
        return switch (grade.state()) {
            case CORRECT -> "Correct";
            case PARTIALLY_CORRECT -> "Partly correct (" + Math.round(grade.fraction() * 100) + "%)";
            case INCORRECT -> "Incorrect";
            case BLANK -> "Not answered";
        };
    }
}
