package org.cstoquiz.app.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstoquiz.app.review.ReviewHistory;
import org.cstoquiz.engine.question.Area;

/** The figures of the progress dashboard, computed from a learner's review history. */
public final class Progress {

    private Progress() {
    }

    public record DayScore(LocalDate date, int answered, int correct) {
        public double percent() {
            return answered == 0 ? 0 : 100.0 * correct / answered;
        }
    }

    /** @param mastery mean recall of the facts seen, in percent; {@code seen} of {@code total} facts */
    public record AreaMastery(Area area, double mastery, int seen, int total) {
    }

    public record WeakFact(String factId, double recall, int lapses) {
    }

    /** One entry per day with answers, over the {@code days} days up to today. */
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

    /** Consecutive days with at least one answer, ending today (or yesterday, if nothing yet today). */
    public static int streak(List<ReviewHistory.Answer> answers, LocalDate today, ZoneId zone) {
        Set<LocalDate> active = answers.stream().map(a -> a.at().atZone(zone).toLocalDate()).collect(Collectors.toSet());
        LocalDate day = active.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (active.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Mastery per area over every area, including those not started. */
    public static List<AreaMastery> mastery(List<ReviewHistory.Recall> recall, Function<String, Area> areaOf,
                                            Map<Area, Integer> totals) {
        Map<Area, List<Double>> byArea = new EnumMap<>(Area.class);
        for (ReviewHistory.Recall r : recall) {
            Area area = areaOf.apply(r.factId());
            if (area != null) {
                byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(r.probability());
            }
        }
        List<AreaMastery> out = new ArrayList<>();
        for (Area area : Area.values()) {
            List<Double> values = byArea.getOrDefault(area, List.of());
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            out.add(new AreaMastery(area, 100 * mean, values.size(), totals.getOrDefault(area, 0)));
        }
        return out;
    }

    /** The facts least likely to be recalled now, most often forgotten first among equals. */
    public static List<WeakFact> weakest(List<ReviewHistory.Recall> recall, int limit) {
        return recall.stream()
                .sorted(Comparator.comparingDouble(ReviewHistory.Recall::probability)
                        .thenComparing(Comparator.comparingInt(ReviewHistory.Recall::lapses).reversed())
                        .thenComparing(ReviewHistory.Recall::factId))
                .limit(limit)
                .map(r -> new WeakFact(r.factId(), r.probability(), r.lapses()))
                .toList();
    }
}
