package org.cstoquiz.engine.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;

/**
 * Makes K variants of a paper: each shuffles the order of the questions and of their options.
 * The same paper, K and seed always give the same variants; the questions' content and ids never
 * change, only their order and option letters.
 */
public final class Variants {

    public static final int MAX = 26;

    private Variants() {
    }

    public static List<Variant> of(Paper paper, int count, long seed) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("the number of variants must be between 1 and " + MAX + ", not " + count);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<Variant> variants = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            SplittableRandom random = root.split();
            List<Question> questions = new ArrayList<>(paper.questions());
            for (int i = questions.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Question swap = questions.get(i);
                questions.set(i, questions.get(j));
                questions.set(j, swap);
            }
            questions.replaceAll(q -> q.withChoicesShuffled(random));
            variants.add(new Variant(paper, Choice.letter(v), questions));
        }
        return List.copyOf(variants);
    }
}
