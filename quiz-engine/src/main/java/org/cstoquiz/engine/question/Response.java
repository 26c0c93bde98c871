package org.cstoquiz.engine.question;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a learner gave as an answer. Each question type accepts one shape (see
 * {@link QuestionBody#problemWith(Response)}); {@link Blank} is accepted by every type, and so are
 * the "empty" forms of each shape (nothing selected, blank text, no order, no pairs), which grade as
 * {@link GradeState#BLANK}.
 */
public sealed interface Response extends Serializable {

    /** The blank response. */
    Response BLANK = new Blank();

    /** Whether this response says nothing (graded BLANK). */
    boolean isBlank();

    /** Choice ids marked, for single choice, multiple response, statements and assertion-reason. */
    static Selection select(String... choiceIds) {
        return new Selection(new TreeSet<>(Arrays.asList(choiceIds)));
    }

    static TrueFalseAnswer trueFalse(boolean value) {
        return new TrueFalseAnswer(value);
    }

    static NumberAnswer number(long value) {
        return new NumberAnswer(BigDecimal.valueOf(value));
    }

    static NumberAnswer number(String value) {
        return new NumberAnswer(new BigDecimal(value.strip()));
    }

    static TextAnswer text(String text) {
        return new TextAnswer(text);
    }

    static OrderAnswer order(String... choiceIds) {
        return new OrderAnswer(List.of(choiceIds));
    }

    static MatchAnswer match(Map<String, String> promptToChoice) {
        return new MatchAnswer(promptToChoice);
    }

    /** No answer at all. */
    record Blank() implements Response {
        @Override
        public boolean isBlank() {
            return true;
        }
    }

    /**
     * The set of choice ids the learner marked (kept sorted); more than one on a single-answer
     * question grades INCORRECT.
     */
    record Selection(Set<String> choiceIds) implements Response {
        public Selection {
            Objects.requireNonNull(choiceIds, "choiceIds");
            choiceIds.forEach(id -> Objects.requireNonNull(id, "choice id"));
            choiceIds = Collections.unmodifiableSortedSet(new TreeSet<>(choiceIds));
        }

        @Override
        public boolean isBlank() {
            return choiceIds.isEmpty();
        }
    }

    /** True or false. */
    record TrueFalseAnswer(boolean value) implements Response {
        @Override
        public boolean isBlank() {
            return false;
        }
    }

    /** A typed number. */
    record NumberAnswer(BigDecimal value) implements Response {
        public NumberAnswer {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }

    /** Typed text, compared with {@link AnswerText#normalise(String)}. */
    record TextAnswer(String text) implements Response {
        public TextAnswer {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public boolean isBlank() {
            return AnswerText.normalise(text).isEmpty();
        }
    }

    /** Every choice id of an ordering question, in the order the learner put them. */
    record OrderAnswer(List<String> choiceIds) implements Response {
        public OrderAnswer {
            choiceIds = List.copyOf(choiceIds);
        }

        @Override
        public boolean isBlank() {
            return choiceIds.isEmpty();
        }
    }

    /** Prompt id → chosen choice id, for the prompts the learner matched. */
    record MatchAnswer(Map<String, String> promptToChoice) implements Response {
        public MatchAnswer {
            Objects.requireNonNull(promptToChoice, "promptToChoice");
            promptToChoice.forEach((prompt, choice) -> {
                Objects.requireNonNull(prompt, "prompt id");
                Objects.requireNonNull(choice, "choice id");
            });
            promptToChoice = Collections.unmodifiableMap(new LinkedHashMap<>(promptToChoice));
        }

        @Override
        public boolean isBlank() {
            return promptToChoice.isEmpty();
        }
    }
}
