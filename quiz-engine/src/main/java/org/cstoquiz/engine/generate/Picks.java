package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Choosing distractors: at random, nearest first, and never in a mechanical pattern. */
final class Picks {

    private Picks() {
    }

    /** {@code n} distinct items at random, keeping the pool's order out of it. */
    static <T> List<T> random(List<T> pool, int n, SplittableRandom random) {
        List<T> copy = new ArrayList<>(pool);
        List<T> picked = new ArrayList<>();
        while (picked.size() < n && !copy.isEmpty()) {
            picked.add(copy.remove(random.nextInt(copy.size())));
        }
        return picked;
    }

    /**
     * {@code n} items drawn from the nearest {@code n + 2} by {@code distance} (closer is harder), so
     * that difficulty follows closeness and the seed still varies the choice.
     */
    static <T> List<T> nearest(List<T> pool, int n, ToDoubleFunction<T> distance, SplittableRandom random) {
        // each distance once: some are costly, and a sort would ask for them again and again
        List<T> sorted = pool.stream().map(x -> java.util.Map.entry(x, distance.applyAsDouble(x)))
                .sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).toList();
        List<T> near = sorted.subList(0, Math.min(sorted.size(), n + 2));
        return random(near, n, random);
    }

    /**
     * {@code n} values from the candidates, nearest to {@code key} first, such that, with the key, they
     * are not evenly spaced: a paper never offers "9 / 12 / 15 / 18". Empty when impossible.
     */
    static Optional<List<Long>> unevenNear(long key, List<Long> candidates, int n, SplittableRandom random) {
        return unevenNear(key, candidates, n, random, picked -> true);
    }

    /** As {@link #unevenNear(long, List, int, SplittableRandom)}, each pick passing {@code also} too. */
    static Optional<List<Long>> unevenNear(long key, List<Long> candidates, int n, SplittableRandom random,
                                           java.util.function.Predicate<List<Long>> also) {
        return around(key, candidates, n, Long::doubleValue, picked -> !evenlySpaced(withKey(key, picked)) && also.test(picked), random);
    }

    /**
     * {@code n} candidates near {@code key} on a scale, as many below it as the seed chooses (when
     * there are enough on both sides), so that in options shown in order the key's place tells
     * nothing; each pick must pass {@code acceptable}. Empty when no pick does.
     */
    static <T> Optional<List<T>> around(T key, List<T> candidates, int n, ToDoubleFunction<T> scale,
            java.util.function.Predicate<List<T>> acceptable, SplittableRandom random) {
        double at = scale.applyAsDouble(key);
        List<T> distinct = candidates.stream().filter(c -> scale.applyAsDouble(c) != at)
                .collect(java.util.stream.Collectors.toMap(scale::applyAsDouble, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        List<T> below = distinct.stream().filter(c -> scale.applyAsDouble(c) < at)
                .sorted(Comparator.comparingDouble((T c) -> -scale.applyAsDouble(c))).toList();
        List<T> above = distinct.stream().filter(c -> scale.applyAsDouble(c) > at)
                .sorted(Comparator.comparingDouble(scale)).toList();
        List<Integer> ranks = new ArrayList<>();
        for (int r = 0; r <= n; r++) {
            if (r <= below.size() && n - r <= above.size()) {
                ranks.add(r);
            }
        }
        for (int r : random(ranks, ranks.size(), random)) {
            for (int extra = 1; extra <= 3; extra++) {
                for (int attempt = 0; attempt < 4; attempt++) {
                    List<T> picked = new ArrayList<>(random(below.subList(0, Math.min(below.size(), r + extra)), r, random));
                    picked.addAll(random(above.subList(0, Math.min(above.size(), n - r + extra)), n - r, random));
                    if (acceptable.test(picked)) {
                        return Optional.of(picked);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Long> withKey(long key, List<Long> others) {
        List<Long> all = new ArrayList<>(others);
        all.add(key);
        return all;
    }

    /** True when three or more values, sorted, are all the same distance apart. */
    static boolean evenlySpaced(List<Long> values) {
        if (values.size() < 3) {
            return false;
        }
        List<Long> sorted = values.stream().sorted().toList();
        long step = sorted.get(1) - sorted.get(0);
        for (int i = 2; i < sorted.size(); i++) {
            if (sorted.get(i) - sorted.get(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** True when some three of the values, sorted, are the same distance apart ("20,000 / 40,000 / 60,000"). */
    static boolean anyThreeEvenlySpaced(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                for (int k = j + 1; k < sorted.size(); k++) {
                    double a = sorted.get(j) - sorted.get(i);
                    double b = sorted.get(k) - sorted.get(j);
                    if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(sorted.get(k)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Up to {@code n} items spread evenly over the list (first and last included). */
    static <T> List<T> spread(List<T> list, int n) {
        if (list.size() <= n) {
            return list;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(list.get((int) Math.round(i * (list.size() - 1) / (double) (n - 1))));
        }
        return out;
    }

    /** Difficulty from closeness: the nearer the distractors (in units of {@code scale}), the harder. */
    static <T> double closeness(List<T> distractors, ToLongFunction<T> distance, double scale) {
        double mean = distractors.stream().mapToLong(distance).map(Math::abs).average().orElse(scale);
        return 0.3 + 0.5 * Math.max(0, 1 - (mean - 1) / scale);
    }

    /** How far from {@code at} the third-nearest of the values lies: twice it is how far options may reach ("unbounded" when fewer). */
    static long thirdNearestDistance(long at, List<Long> values) {
        return values.stream().map(v -> Math.abs(v - at)).sorted().skip(2).findFirst().orElse(Long.MAX_VALUE / 4);
    }
}
