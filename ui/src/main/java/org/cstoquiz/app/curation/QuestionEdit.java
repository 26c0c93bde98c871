package org.cstoquiz.app.curation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.engine.question.AssertionReason;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.Statements;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * An instructor's correction of a question: its texts and its key, for a question of the same type
 * with the same number of options (an edit corrects a question; it does not make another kind).
 * The edited copy keeps the area, the sources, the facts and the difficulty of the question it
 * corrects, and gets the id of its new content.
 *
 * @param choices the option texts in their order (items for ordering, the right-hand column for matching)
 * @param prompts the left-hand column of a matching question; empty otherwise
 * @param key     what is correct
 */
public record QuestionEdit(String stem, String explanation, List<String> choices, List<String> prompts, Key key) {

    /** What is correct, by type. */
    public sealed interface Key {
    }

    /** The positions (from 0) of the correct options: one for single-answer types. */
    public record CorrectOptions(Set<Integer> positions) implements Key {
        public CorrectOptions {
            positions = Set.copyOf(positions);
        }
    }

    public record TrueOrFalse(boolean value) implements Key {
    }

    public record Number(BigDecimal value, BigDecimal tolerance) implements Key {
    }

    /** The accepted answers of a short-answer question, the first shown as the answer. */
    public record Accepted(List<String> variants) implements Key {
        public Accepted {
            variants = List.copyOf(variants);
        }
    }

    /** For each prompt, the position (from 0) of its option. */
    public record Matches(List<Integer> optionOfPrompt) implements Key {
        public Matches {
            optionOfPrompt = List.copyOf(optionOfPrompt);
        }
    }

    /** An ordering question keeps its correct order; only its texts are edited. */
    public record SameOrder() implements Key {
    }

    public QuestionEdit {
        stem = stem == null ? "" : stem.strip();
        explanation = explanation == null ? "" : explanation.strip();
        choices = List.copyOf(choices);
        prompts = List.copyOf(prompts);
    }

    /** The edit that changes nothing: the question's own texts and key, to start from. */
    public static QuestionEdit of(Question question) {
        List<String> texts = question.choices().stream().map(Choice::text).toList();
        List<String> prompts = question.prompts().stream().map(Prompt::text).toList();
        Key key = switch (question.body()) {
            case SingleAnswerBody single -> new CorrectOptions(Set.of(position(single.choices(), single.correctChoiceId())));
            case MultipleResponse multiple -> new CorrectOptions(multiple.correctChoiceIds().stream()
                    .map(id -> position(multiple.choices(), id)).collect(java.util.stream.Collectors.toSet()));
            case TrueFalse trueFalse -> new TrueOrFalse(trueFalse.correctValue());
            case Numeric numeric -> new Number(numeric.value(), numeric.tolerance());
            case ShortAnswer shortAnswer -> new Accepted(shortAnswer.accepted());
            case Ordering ignored -> new SameOrder();
            case Matching matching -> new Matches(matching.prompts().stream()
                    .map(prompt -> position(matching.choices(), matching.correctMatches().get(prompt.id()))).toList());
        };
        return new QuestionEdit(question.stem(), question.explanation(), texts, prompts, key);
    }

    /**
     * The edited copy of {@code base}.
     *
     * @throws IllegalArgumentException saying what is wrong with the edit, in words for the instructor
     */
    public Question applyTo(Question base) {
        if (stem.isEmpty()) {
            throw new IllegalArgumentException("The question needs a text.");
        }
        if (choices.size() != base.choices().size() || prompts.size() != base.prompts().size()) {
            throw new IllegalArgumentException("An edit keeps the number of options.");
        }
        for (String text : choices) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Every option needs a text.");
            }
        }
        for (String text : prompts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Every item to match needs a text.");
            }
        }
        QuestionBody body = body(base.body());
        return Question.builder().area(base.area()).stem(stem).body(body).explanation(explanation)
                .sources(base.sources()).facts(base.factIds()).difficulty(base.difficulty()).build();
    }

    private QuestionBody body(QuestionBody base) {
        List<Choice> relabelled = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            relabelled.add(new Choice(base.choices().get(i).id(), choices.get(i)));
        }
        return switch (base) {
            case SingleAnswerBody single -> {
                Set<Integer> correct = requireKey(CorrectOptions.class).positions();
                if (correct.size() != 1) {
                    throw new IllegalArgumentException("Choose the one correct option.");
                }
                String id = relabelled.get(correct.iterator().next()).id();
                yield switch (single) {
                    case SingleChoice ignored -> new SingleChoice(relabelled, id);
                    case Statements ignored -> new Statements(relabelled, id);
                    case AssertionReason ignored -> new AssertionReason(relabelled, id);
                };
            }
            case MultipleResponse ignored -> {
                Set<Integer> correct = requireKey(CorrectOptions.class).positions();
                if (correct.isEmpty()) {
                    throw new IllegalArgumentException("Choose at least one correct option.");
                }
                Set<String> ids = new LinkedHashSet<>();
                correct.stream().sorted().forEach(position -> ids.add(relabelled.get(position).id()));
                yield new MultipleResponse(relabelled, ids);
            }
            case TrueFalse ignored -> new TrueFalse(requireKey(TrueOrFalse.class).value());
            case Numeric ignored -> {
                Number number = requireKey(Number.class);
                if (number.value() == null || number.tolerance() == null || number.tolerance().signum() < 0) {
                    throw new IllegalArgumentException("Give the number and a tolerance of 0 or more.");
                }
                yield new Numeric(number.value(), number.tolerance());
            }
            case ShortAnswer ignored -> {
                List<String> variants = requireKey(Accepted.class).variants().stream()
                        .map(String::strip).filter(variant -> !variant.isEmpty()).toList();
                if (variants.isEmpty()) {
                    throw new IllegalArgumentException("Give at least one accepted answer.");
                }
                yield new ShortAnswer(variants);
            }
            case Ordering ordering -> new Ordering(relabelled, ordering.correctOrder());
            case Matching matching -> {
                List<Integer> options = requireKey(Matches.class).optionOfPrompt();
                List<Prompt> newPrompts = new ArrayList<>();
                Map<String, String> key = new LinkedHashMap<>();
                for (int i = 0; i < prompts.size(); i++) {
                    Prompt prompt = new Prompt(matching.prompts().get(i).id(), prompts.get(i));
                    newPrompts.add(prompt);
                    Integer option = i < options.size() ? options.get(i) : null;
                    if (option == null || option < 0 || option >= relabelled.size()) {
                        throw new IllegalArgumentException("Choose the match of “" + prompt.text() + "”.");
                    }
                    key.put(prompt.id(), relabelled.get(option).id());
                }
                yield new Matching(newPrompts, relabelled, key);
            }
        };
    }

    private <K extends Key> K requireKey(Class<K> kind) {
        if (!kind.isInstance(key)) {
            throw new IllegalArgumentException("This kind of question needs a " + kind.getSimpleName() + " key.");
        }
        return kind.cast(key);
    }

    private static int position(List<Choice> choices, String id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no option " + id);
    }
}
