package org.cstoquiz.engine.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A review plan up to an exam: every fact not yet seen is introduced, spread evenly over the days
 * left, and the facts most likely to be forgotten by the exam day are reviewed once more in its
 * last days. A pure function of the cards, the facts, the dates and the scheduler.
 *
 * @param newPerDay    facts to introduce each day so that all are seen before the exam
 * @param unseen       facts never reviewed
 * @param fragile      facts reviewed already, not due before the exam, whose recall on the exam day
 *                     would be below {@link #TARGET_RECALL} or that were forgotten before
 * @param days         one entry per day from today to the day before the exam
 */
public record ExamPlan(LocalDate today, LocalDate exam, int newPerDay, int unseen, List<String> fragile,
                       List<Day> days) {

    /**
     * Recall probability on the exam day below which a fact not otherwise due is reviewed again in
     * the last days; stricter than the scheduler's everyday target of 0.9, since the exam is the day
     * that counts.
     */
    public static final double TARGET_RECALL = 0.95;

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

    public static ExamPlan of(LocalDate today, LocalDate exam, ZoneId zone, Set<String> allFacts,
                              Map<String, Card> cards, FsrsScheduler scheduler) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(exam, "exam");
        int unseen = (int) allFacts.stream().filter(f -> !cards.containsKey(f)).count();
        long daysLeft = ChronoUnit.DAYS.between(today, exam);
        if (daysLeft <= 0) {
            return new ExamPlan(today, exam, 0, unseen, List.of(), List.of());
        }
        int newPerDay = (int) Math.ceilDiv(unseen, daysLeft);
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
        int lastDays = (int) Math.min(3, daysLeft);
        for (int i = 0; i < fragile.size(); i++) {
            reviews.merge(exam.minusDays(1 + (i % lastDays)), 1, Integer::sum);
        }
        List<Day> days = new ArrayList<>();
        int left = unseen;
        for (LocalDate d = today; d.isBefore(exam); d = d.plusDays(1)) {
            int introduced = Math.min(newPerDay, left);
            left -= introduced;
            days.add(new Day(d, introduced, reviews.getOrDefault(d, 0)));
        }
        return new ExamPlan(today, exam, newPerDay, unseen, fragile, days);
    }
}
