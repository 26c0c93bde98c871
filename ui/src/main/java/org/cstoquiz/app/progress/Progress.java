package org.cstoquiz.app.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.cstoquiz.app.review.ReviewHistory;
import org.cstoquiz.app.review.ReviewHistory.FactRecord;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.schedule.Card;

/**
 * The figures of the progress dashboard, as pure functions of a learner's history.
 *
 * <p><b>Recall</b> of a fact: the FSRS probability of recalling it now (its forgetting curve since
 * the last review), except that a fact whose latest answer was wrong counts as not recalled (0)
 * until it is answered right again: having just been shown the answer is not knowing it.
 *
 * <p><b>Mastery</b> of an area: the share of the area's facts the learner would recall now, the sum
 * of their recall over the number of facts in the area; a fact never reviewed counts 0.
 *
 * <p><b>Weakest facts</b>: those whose recall is below the scheduler's 90 % target or that were ever
 * answered wrong, the lowest recall first, then the lowest share of right answers, then the most
 * answered.
 */
public final class Progress {

    /** Recall at or above this, with no wrong answer ever, is not weak: FSRS's own target retention. */
    static final double WEAK_BELOW = 0.9;

    private Progress() {
    }

    public record DayScore(LocalDate date, int answered, int correct) {
        public double percent() {
            return answered == 0 ? 0 : 100.0 * correct / answered;
        }
    }

    /**
     * @param recalled the facts of the area the learner would recall now (the sum of their recall)
     * @param seen     facts of the area reviewed at least once, of {@code total}
     */
    public record AreaMastery(Area area, double recalled, int seen, int total) {
        /** {@code recalled} as a share of every fact of the area. */
        public double percent() {
            return total == 0 ? 0 : 100 * recalled / total;
        }
    }

    /**
     * @param recall    as defined above
     * @param lastRight whether the latest answer was right
     */
    public record WeakFact(String factId, double recall, boolean lastRight, int answered, int right, int lapses) {
    }

    /** Questions of an area answered (in review, or in practice sessions and tests), and how many were right. */
    public record AreaAnswers(Area area, int answered, int right) {
        public double percent() {
            return answered == 0 ? 0 : 100.0 * right / answered;
        }
    }

    /** A graded answer, reduced to what the per-area view needs. */
    public record Graded(Area area, GradeState state, Instant at) {
    }

    /** The recall of a fact reviewed (see the class comment), from its FSRS {@code retrievability}. */
    public static double recall(FactRecord fact, ToDoubleFunction<Card> retrievability) {
        return fact.lastRight() ? retrievability.applyAsDouble(fact.card()) : 0;
    }

    /** One entry per day with answers, over the {@code days} days up to today, days in {@code zone}. */
    public static List<DayScore> dailyScores(List<ReviewHistory.Answer> answers, LocalDate today, int days, ZoneId zone) {
        LocalDate from = today.minusDays(days - 1L);
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        for (ReviewHistory.Answer a : answers) {
            LocalDate d = a.at().atZone(zone).toLocalDate();
            if (!d.isBefore(from) && !d.isAfter(today)) {
                int[] counts = byDay.computeIfAbsent(d, k -> new int[2]);
                counts[0]++;
                if (a.correct()) {
                    counts[1]++;
                }
            }
        }
        List<DayScore> out = new ArrayList<>();
        byDay.forEach((d, c) -> out.add(new DayScore(d, c[0], c[1])));
        return out;
    }

    /**
     * Consecutive days with some activity (a review answer, a practice session or a test closed),
     * ending today, or yesterday if nothing yet today; days in {@code zone}.
     */
    public static int streak(Collection<Instant> activity, LocalDate today, ZoneId zone) {
        Set<LocalDate> active = activity.stream().map(at -> at.atZone(zone).toLocalDate()).collect(Collectors.toSet());
        LocalDate day = active.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (active.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Mastery of every area, including those not started; {@code totals} gives the facts of each area. */
    public static List<AreaMastery> mastery(List<FactRecord> facts, ToDoubleFunction<Card> retrievability,
                                            Map<Area, Integer> totals) {
        Map<Area, double[]> byArea = new EnumMap<>(Area.class);
        for (FactRecord fact : facts) {
            double[] sums = byArea.computeIfAbsent(fact.area(), a -> new double[2]);
            sums[0] += recall(fact, retrievability);
            sums[1]++;
        }
        List<AreaMastery> out = new ArrayList<>();
        for (Area area : Area.values()) {
            double[] sums = byArea.getOrDefault(area, new double[2]);
            out.add(new AreaMastery(area, sums[0], (int) sums[1], Math.max(totals.getOrDefault(area, 0), (int) sums[1])));
        }
        return out;
    }

    /** The weakest facts (see the class comment), at most {@code limit}. */
    public static List<WeakFact> weakest(List<FactRecord> facts, ToDoubleFunction<Card> retrievability, int limit) {
        return facts.stream()
                .map(f -> new WeakFact(f.factId(), recall(f, retrievability), f.lastRight(), f.answered(), f.right(),
                        f.card().lapses()))
                .filter(w -> w.recall() < WEAK_BELOW || w.right() < w.answered())
                .sorted(Comparator.comparingDouble(WeakFact::recall)
                        .thenComparingDouble(w -> (double) w.right() / w.answered())
                        .thenComparing(Comparator.comparingInt(WeakFact::answered).reversed())
                        .thenComparing(WeakFact::factId))
                .limit(limit)
                .toList();
    }

    /**
     * Per area (every area, in order), the questions answered since {@code since} (a question left
     * blank is not an answer), and how many of them right.
     */
    public static List<AreaAnswers> answersPerArea(List<Graded> answers, Instant since) {
        Map<Area, int[]> byArea = new EnumMap<>(Area.class);
        for (Graded g : answers) {
            if (!g.at().isBefore(since) && g.state() != GradeState.BLANK) {
                int[] counts = byArea.computeIfAbsent(g.area(), a -> new int[2]);
                counts[0]++;
                if (g.state() == GradeState.CORRECT) {
                    counts[1]++;
                }
            }
        }
        List<AreaAnswers> out = new ArrayList<>();
        for (Area area : Area.values()) {
            int[] counts = byArea.getOrDefault(area, new int[2]);
            out.add(new AreaAnswers(area, counts[0], counts[1]));
        }
        return out;
    }
}
