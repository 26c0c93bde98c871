package org.cstoquiz.app.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.cstoquiz.engine.schedule.ExamPlan;

/**
 * Where a learner stands with the facts of a pack.
 *
 * @param dueNow       facts due now
 * @param newLeftToday new facts still to introduce today
 * @param seen         facts reviewed at least once, of {@code total} that can be reviewed
 * @param nextDue      when the next fact not yet due falls due, if any
 * @param today        today in the learner's zone
 */
public record ReviewStatus(int dueNow, int newLeftToday, int seen, int total, Optional<LocalDate> examDate,
                           Optional<ExamPlan> plan, Optional<NextDue> nextDue, ZoneId zone, LocalDate today) {

    /**
     * When the next fact not yet due falls due.
     *
     * @param inDays whether it is scheduled in days (due any time on the day of {@code at}) rather than minutes
     */
    public record NextDue(Instant at, boolean inDays) {
    }
}
