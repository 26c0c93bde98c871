package org.cstoquiz.engine.question;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.cstoquiz.domain.Area;

/**
 * One question: what is asked and how it is graded. Immutable.
 *
 * @param id          stable id; by default {@link QuestionIds#contentId(String, QuestionBody)}, so the same
 *                    content always gets the same id
 * @param area        the area of knowledge tested
 * @param stem        what is asked (for the exam formats, including the numbered statements)
 * @param body        the choices and key, one record per type; it decides the {@link #type()}
 * @param explanation why the key is right: the fact, its date and its source, in words
 * @param sources     citations supporting the key (seed file and verbatim quote)
 * @param factIds     ids of the facts this question tests
 * @param difficulty  estimated difficulty from 0 (easy) to 1 (hard)
 */
public record Question(String id, Area area, String stem, QuestionBody body, String explanation,
                       List<Source> sources, List<String> factIds, double difficulty) implements Serializable {

    public Question {
        Checks.requireNonBlank(id, "question id");
        Objects.requireNonNull(area, "question area");
        Checks.requireNonBlank(stem, "question stem");
        Objects.requireNonNull(body, "question body");
        Objects.requireNonNull(explanation, "question explanation (may be empty, not null)");
        sources = List.copyOf(sources);
        factIds = List.copyOf(factIds);
        factIds.forEach(factId -> Checks.requireNonBlank(factId, "fact id"));
        if (Double.isNaN(difficulty) || difficulty < 0.0 || difficulty > 1.0) {
            throw new IllegalArgumentException("difficulty must be in [0, 1], got " + difficulty);
        }
        id = id.strip();
        stem = stem.strip();
        explanation = explanation.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public QuestionType type() {
        return body.type();
    }

    /** The options shown; empty for true/false, numeric and short answer. */
    public List<Choice> choices() {
        return body.choices();
    }

    /** The left-hand column of a matching question; empty otherwise. */
    public List<Prompt> prompts() {
        return body.prompts();
    }

    /** A response that grades CORRECT. */
    public Response correctResponse() {
        return body.correctResponse();
    }

    /** Why {@code response} cannot be graded by this question, or empty if it can. */
    public Optional<String> problemWith(Response response) {
        return body.problemWith(response).map(problem -> "question " + id + ": " + problem);
    }

    /**
     * Grades a response.
     *
     * @throws WrongResponseException if the response has the wrong shape for this question's type
     */
    public Grade grade(Response response) {
        problemWith(response).ifPresent(problem -> {
            throw new WrongResponseException(problem);
        });
        return body.grade(response);
    }

    /**
     * The same question with its choices in a random order, relabelled A, B, C, … (the key follows).
     * The id stays the same: it does not depend on the order of the choices. Questions without
     * choices are returned unchanged.
     */
    public Question withChoicesShuffled(RandomGenerator random) {
        if (choices().isEmpty()) {
            return this;
        }
        List<String> order = new ArrayList<>(choices().stream().map(Choice::id).toList());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return withBody(body.withChoiceOrder(order));
    }

    /** The same question with another body (the id is kept). */
    public Question withBody(QuestionBody newBody) {
        return new Question(id, area, stem, newBody, explanation, sources, factIds, difficulty);
    }

    /** Builds a question; the id defaults to the content id of the stem and body. */
    public static final class Builder {
        private String id;
        private Area area;
        private String stem;
        private QuestionBody body;
        private String explanation = "";
        private final List<Source> sources = new ArrayList<>();
        private final List<String> factIds = new ArrayList<>();
        private double difficulty = 0.5;

        private Builder() {
        }

        /** Overrides the content id, e.g. when reading a question back from a file. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder area(Area area) {
            this.area = area;
            return this;
        }

        public Builder stem(String stem) {
            this.stem = stem;
            return this;
        }

        public Builder body(QuestionBody body) {
            this.body = body;
            return this;
        }

        /** Stem and body of an exam-format item from {@link ExamFormats}. */
        public Builder exam(ExamFormats.ExamItem item) {
            this.stem = item.stem();
            this.body = item.body();
            return this;
        }

        public Builder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        public Builder source(String document, String quote) {
            this.sources.add(new Source(document, quote));
            return this;
        }

        public Builder sources(List<Source> sources) {
            this.sources.addAll(sources);
            return this;
        }

        public Builder fact(String factId) {
            this.factIds.add(factId);
            return this;
        }

        public Builder facts(List<String> factIds) {
            this.factIds.addAll(factIds);
            return this;
        }

        public Builder difficulty(double difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        public Question build() {
            Checks.requireNonBlank(stem, "question stem");
            Objects.requireNonNull(body, "question body");
            String questionId = id != null ? id : QuestionIds.contentId(stem, body);
            return new Question(questionId, area, stem, body, explanation, sources, factIds, difficulty);
        }
    }
}
