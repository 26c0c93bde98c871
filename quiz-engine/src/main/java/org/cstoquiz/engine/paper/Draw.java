package org.cstoquiz.engine.paper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cstoquiz.engine.question.Question;

/**
 * Drawing questions for one sitting so that no fact is asked twice: a question that rests on a fact
 * another question of the sitting already asks would give its answer away or ask the same thing again.
 * Every question lists the facts it rests on ({@link Question#factIds()}); two questions clash when
 * those lists share an id.
 *
 * <p>For a draw spread over several pools (areas, say), keep one {@link Draw.Guard} for the sitting
 * and offer it each candidate in turn.
 */
public final class Draw {

    private Draw() {
    }

    /**
     * {@code count} questions of {@code pool}, chosen by the seed, no two resting on the same fact, in
     * the pool's order. The same pool, count and seed always give the same draw.
     *
     * @throws IllegalArgumentException when the pool does not hold {@code count} questions on distinct
     *                                  facts (the message says how many it does hold)
     */
    public static List<Question> distinctFacts(List<Question> pool, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot draw " + count + " questions");
        }
        List<Integer> order = shuffledIndices(pool.size(), new SplittableRandom(seed));
        Guard guard = new Guard();
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == count) {
                break;
            }
            if (guard.take(pool.get(i))) {
                chosen.add(i);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalArgumentException("only " + chosen.size() + " of the " + pool.size()
                    + " questions could be drawn without asking a fact twice, not " + count);
        }
        chosen.sort(Integer::compare);
        return chosen.stream().map(pool::get).toList();
    }

    /** The facts that more than one of the questions rests on, in the order they first appear. */
    public static Set<String> repeatedFacts(Collection<Question> questions) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (Question q : questions) {
            for (String id : new LinkedHashSet<>(q.factIds())) {
                if (!seen.add(id)) {
                    repeated.add(id);
                }
            }
        }
        return repeated;
    }

    /** Whether two questions rest on a common fact. */
    public static boolean shareAFact(Question a, Question b) {
        return a.factIds().stream().anyMatch(b.factIds()::contains);
    }

    private static List<Integer> shuffledIndices(int n, SplittableRandom random) {
        List<Integer> indices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            indices.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = indices.get(i);
            indices.set(i, indices.get(j));
            indices.set(j, swap);
        }
        return indices;
    }

    /** The facts a sitting has asked so far: takes a question only when it asks none of them. Not thread-safe. */
    public static final class Guard {

        private final Set<String> asked = new HashSet<>();

        /** Whether the question asks no fact taken so far. */
        public boolean accepts(Question q) {
            return q.factIds().stream().noneMatch(asked::contains);
        }

        /** Takes the question if {@link #accepts} it, and says whether it did. */
        public boolean take(Question q) {
            if (!accepts(q)) {
                return false;
            }
            asked.addAll(q.factIds());
            return true;
        }

        /** The facts taken so far. */
        public Set<String> asked() {
            return Set.copyOf(asked);
        }
    }
}
