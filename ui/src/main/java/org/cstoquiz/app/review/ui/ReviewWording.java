package org.cstoquiz.app.review.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.cstoquiz.app.base.ui.Plural;
import org.cstoquiz.app.review.ReviewStatus;
import org.cstoquiz.engine.schedule.ExamPlan;
import org.cstoquiz.engine.schedule.Intervals;

/** How the review screen puts counts, plans and times into words, in the learner's time zone. */
final class ReviewWording {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private ReviewWording() {
    }

    /** "1 fact due now · 10 new facts left today · 1 of 314 facts seen". */
    static String status(ReviewStatus status) {
        return Plural.of(status.dueNow(), "fact") + " due now · " + Plural.of(status.newLeftToday(), "new fact")
                + " left today · " + status.seen() + " of " + Plural.of(status.total(), "fact") + " seen";
    }

    /**
     * When something due at {@code due} comes back, seen at {@code now}: "in 10 minutes, at 14:32" for
     * a time today or within hours, "tomorrow, Sat 28 Nov" or "in 4 days, on Fri 27 Nov" for a day.
     */
    static String when(Instant due, Instant now, ZoneId zone, boolean inDays) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate day = LocalDate.ofInstant(due, zone);
        if (!inDays) {
            String at = TIME.format(due.atZone(zone));
            Duration left = Duration.between(now, due);
            String in = left.isNegative() || left.isZero() ? "now" : "in " + Intervals.inWords(left);
            return day.equals(today) ? in + ", at " + at : in + ", at " + at + " on " + DAY.format(day);
        }
        long days = ChronoUnit.DAYS.between(today, day);
        if (days <= 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow, " + DAY.format(day);
        }
        return "in " + Plural.of(days, "day") + ", on " + (day.getYear() == today.getYear() ? DAY : DATE).format(day);
    }

    /**
     * The plan to the exam in a few sentences: "Exam on Sun 29 Nov 2026, in 7 days. 53 new facts a day
     * to see the 314 not yet seen by Fri 27 Nov, then 1 day of revision. 0 reviews planned before it."
     */
    static String plan(ExamPlan plan) {
        if (plan.examPassed()) {
            return "The exam date has passed.";
        }
        StringBuilder text = new StringBuilder("Exam on ").append(DATE.format(plan.exam())).append(", in ")
                .append(Plural.of(plan.daysLeft(), "day")).append(". ");
        if (plan.unseen() == 0) {
            text.append("Every fact has been seen. ");
        } else if (plan.notSeenBeforeExam() > 0) {
            text.append("Even at ").append(Plural.of(plan.newPerDay(), "new fact")).append(" a day, ")
                    .append(plan.notSeenBeforeExam()).append(" of the ").append(plan.unseen())
                    .append(" not yet seen cannot all be seen before it. ");
        } else {
            text.append(Plural.of(plan.newPerDay(), "new fact")).append(" a day to see the ")
                    .append(plan.unseen() == 1 ? "1 fact" : plan.unseen() + " facts").append(" not yet seen");
            plan.lastNewFactDay().ifPresent(last -> text.append(" by ").append(DAY.format(last)));
            if (plan.revisionDays() > 0) {
                text.append(", then ").append(Plural.of(plan.revisionDays(), "day")).append(" of revision");
            }
            text.append(". ");
        }
        int reviews = plan.days().stream().mapToInt(ExamPlan.Day::reviews).sum();
        text.append(Plural.of(reviews, "review")).append(" planned before it");
        if (!plan.fragile().isEmpty()) {
            text.append(", ").append(plan.fragile().size() == 1 ? "1 of them for a fact"
                    : plan.fragile().size() + " of them for facts").append(" at risk of being forgotten, in the last days");
        }
        return text.append('.').toString();
    }
}
