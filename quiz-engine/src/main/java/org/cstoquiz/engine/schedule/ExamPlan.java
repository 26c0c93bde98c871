package org.cstoquiz.engine.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A review plan up to an exam: the facts not yet seen are introduced at an everyday pace (never
 * fewer a day than the learner's usual allowance, more when the exam is near, at most
 * {@link #MAX_NEW_PER_DAY}), all of them before the last days, which are kept for revision; the
 * facts most likely to be forgotten by the exam day are reviewed once more in those last days.
 * A pure function of the cards, the facts, the dates and the scheduler.
 *
 * @param newPerDay        facts to introduce each day until every fact is seen (0 when none is left)
 * @param newFactDays      days, from today, on which new facts may be introduced
 * @param revisionDays     the last days before the exam, kept for reviews only
 * @param unseen           facts never reviewed
 * @param notSeenBeforeExam facts that even {@link #MAX_NEW_PER_DAY} a day cannot introduce in time
 * @param fragile          facts reviewed already, not due before the exam, whose recall on the exam day
 *                         would be below {@link #TARGET_RECALL} or that were forgotten before
 * @param days             one entry per day from today to the day before the exam
 */
public record ExamPlan(LocalDate today, LocalDate exam, int newPerDay, int newFactDays, int revisionDays, int unseen,
                       int notSeenBeforeExam, List<String> fragile, List<Day> days) {

    /**
     * Recall probability on the exam day below which a fact not otherwise due is reviewed again in
     * the last days; stricter than the scheduler's everyday target of 0.9, since the exam is the day
     * that counts.
     */
    public static final double TARGET_RECALL = 0.95;

    /** The most new facts a day a plan asks for, however near the exam. */
    public static final int MAX_NEW_PER_DAY = 100;

    /** The most days at the end kept for revision. */
    public static final int MAX_REVISION_DAYS = 3;

    public ExamPlan {
        fragile = List.copyOf(fragile);
        days = List.copyOf(days);
    }

    /**
     * @param newFacts facts introduced that day
     * @param reviews  facts already seen that are due that day, or fragile facts put on one of the
     *                 last days
     */
    public record Day(LocalDate date, int newFacts, int reviews) {
    }

    public boolean examPassed() {
        return !exam.isAfter(today);
    }

    /** Days from today to the exam (the exam day not counted). */
    public int daysLeft() {
        return days.size();
    }

    /** The day the last new fact is introduced, if any is. */
    public Optional<LocalDate> lastNewFactDay() {
        return days.stream().filter(d -> d.newFacts() > 0).map(Day::date).reduce((a, b) -> b);
    }

    /** The last days before an exam {@code daysLeft} days away that are kept for revision: a quarter of them, up to 3. */
    public static int revisionDays(long daysLeft) {
        return (int) Math.min(MAX_REVISION_DAYS, Math.max(0, daysLeft) / 4);
    }

    /**
     * New facts a day to see {@code unseen} facts before an exam {@code daysLeft} days away: enough to
     * introduce them all before the revision days, never fewer than {@code minimum} (the everyday
     * allowance, so a far-off exam does not slow the learner down), never more than
     * {@link #MAX_NEW_PER_DAY}; 0 when nothing is left to introduce or the exam has passed.
     */
    public static int newPerDay(int unseen, long daysLeft, int minimum) {
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum must not be negative: " + minimum);
        }
        if (unseen <= 0 || daysLeft <= 0) {
            return 0;
        }
        long newDays = daysLeft - revisionDays(daysLeft);
        long needed = Math.ceilDiv(unseen, newDays);
        return (int) Math.min(MAX_NEW_PER_DAY, Math.max(minimum, needed));
    }

    public static ExamPlan of(LocalDate today, LocalDate exam, ZoneId zone, Set<String> allFacts,
                              Map<String, Card> cards, FsrsScheduler scheduler, int minimumNewPerDay) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(exam, "exam");
        int unseen = (int) allFacts.stream().filter(f -> !cards.containsKey(f)).count();
        long daysLeft = ChronoUnit.DAYS.between(today, exam);
        if (daysLeft <= 0) {
            return new ExamPlan(today, exam, 0, 0, 0, unseen, unseen, List.of(), List.of());
        }
        int revision = revisionDays(daysLeft);
        int newDays = (int) (daysLeft - revision);
        int newPerDay = newPerDay(unseen, daysLeft, minimumNewPerDay);
        Map<LocalDate, Integer> reviews = new TreeMap<>();
        List<String> fragile = new ArrayList<>();
        var examStart = exam.atStartOfDay(zone).toInstant();
        cards.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Card card = e.getValue();
            LocalDate due = card.due().atZone(zone).toLocalDate();
            if (due.isBefore(today)) {
                due = today;
            }
            if (due.isBefore(exam)) {
                reviews.merge(due, 1, Integer::sum);
            } else if (card.lapses() > 0 || scheduler.retrievability(card, examStart) < TARGET_RECALL) {
                fragile.add(e.getKey());
            }
        });
        fragile.sort(Comparator.comparingDouble(f -> scheduler.retrievability(cards.get(f), examStart)));
        // fragile facts go on the last days (up to three), the most fragile last
        int lastDays = (int) Math.min(MAX_REVISION_DAYS, daysLeft);
        for (int i = 0; i < fragile.size(); i++) {
            reviews.merge(exam.minusDays(1 + (i % lastDays)), 1, Integer::sum);
        }
        List<Day> days = new ArrayList<>();
        int left = unseen;
        int index = 0;
        for (LocalDate d = today; d.isBefore(exam); d = d.plusDays(1), index++) {
            int introduced = index < newDays ? Math.min(newPerDay, left) : 0;
            left -= introduced;
            days.add(new Day(d, introduced, reviews.getOrDefault(d, 0)));
        }
        return new ExamPlan(today, exam, newPerDay, newDays, revision, unseen, left, fragile, days);
    }
}
