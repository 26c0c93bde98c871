package org.cstoquiz.engine.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Item analysis over graded attempts: facility index and discrimination index as Moodle's quiz
 * statistics define them (discrimination = 100 × the correlation between the item's score and the
 * score on the rest of the attempt), with the number of attempts and the most chosen wrong option.
 */
public final class ItemStatistics {

    private ItemStatistics() {
    }

    /** One statistic per question, in the order questions first appear in {@code responses}. */
    public static List<ItemStatistic> of(List<ItemResponse> responses) {
        Map<String, Double> attemptTotals = new HashMap<>();
        responses.forEach(r -> attemptTotals.merge(r.attempt(), r.fraction(), Double::sum));
        Map<String, List<ItemResponse>> byQuestion = responses.stream()
                .collect(Collectors.groupingBy(ItemResponse::questionId, LinkedHashMap::new, Collectors.toList()));
        List<ItemStatistic> out = new ArrayList<>();
        byQuestion.forEach((id, answers) -> out.add(statistic(id, answers, attemptTotals)));
        return out;
    }

    private static ItemStatistic statistic(String id, List<ItemResponse> answers, Map<String, Double> totals) {
        double[] item = answers.stream().mapToDouble(ItemResponse::fraction).toArray();
        double[] rest = answers.stream().mapToDouble(a -> totals.get(a.attempt()) - a.fraction()).toArray();
        double facility = 100 * mean(item);
        return new ItemStatistic(id, answers.size(), facility, correlation(item, rest).stream()
                .map(r -> 100 * r).findFirst(), mostChosenWrong(answers));
    }

    private static Optional<String> mostChosenWrong(List<ItemResponse> answers) {
        Map<String, Long> counts = answers.stream().flatMap(a -> a.wrongChoice().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    static OptionalDouble correlation(double[] x, double[] y) {
        if (x.length < 2) {
            return OptionalDouble.empty();
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
