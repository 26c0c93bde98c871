package org.cstoquiz.engine.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cstoquiz.engine.question.Question;

/**
 * What is exported (and what an import gives back): questions generated from a fact pack with a
 * seed. Question ids are unique within a set.
 *
 * @param pack the fact pack the questions come from, e.g. {@code "csto"}
 * @param seed the seed the bank was generated with (same pack and seed give the same questions)
 */
public record QuestionSet(String pack, long seed, List<Question> questions) {

    public QuestionSet {
        Objects.requireNonNull(pack, "pack");
        if (pack.isBlank()) {
            throw new IllegalArgumentException("pack must not be blank");
        }
        questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("question id " + question.id() + " appears more than once");
            }
        }
    }
}
