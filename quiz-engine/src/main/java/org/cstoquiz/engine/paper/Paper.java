package org.cstoquiz.engine.paper;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cstoquiz.engine.question.Question;

/**
 * A paper: questions chosen for one sitting, in the order the instructor set.
 *
 * @param title    printed at the top of every variant
 * @param pack     the fact pack the questions come from
 * @param seed     the seed of the bank the questions were generated with
 */
public record Paper(String title, String pack, long seed, List<Question> questions) {

    public Paper {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a paper needs a title");
        }
        Objects.requireNonNull(pack, "pack");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a paper needs at least one question");
        }
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("question " + q.id() + " is on the paper twice");
            }
        }
    }

    /**
     * The facts more than one question of the paper asks (empty for a paper drawn with {@link Draw}):
     * for a paper put together by hand, what to warn about.
     */
    public Set<String> repeatedFacts() {
        return Draw.repeatedFacts(questions);
    }
}
