package org.cstoquiz.engine.paper;

import java.util.List;
import java.util.Objects;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * One version of a paper: the same questions, in its own order and with its own option order.
 *
 * @param label "A", "B", … printed on the paper and on its key
 */
public record Variant(Paper paper, String label, List<Question> questions) {

    public Variant {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(label, "label");
        questions = List.copyOf(questions);
    }

    /** The correct response of each question, numbered as printed (1, 2, …). */
    public List<KeyEntry> answerKey() {
        return java.util.stream.IntStream.range(0, questions.size())
                .mapToObj(i -> new KeyEntry(i + 1, questions.get(i), questions.get(i).correctResponse()))
                .toList();
    }

    /** The variant as a question set, for any exporter. */
    public QuestionSet asQuestionSet() {
        return new QuestionSet(paper.pack(), paper.seed(), questions);
    }

    public record KeyEntry(int number, Question question, Response correct) {
    }
}
