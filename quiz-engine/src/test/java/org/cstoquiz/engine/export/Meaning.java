package org.cstoquiz.engine.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * What a question means, independent of any file format: its stem, the options it shows and its
 * key, all as texts. Each format's test reader gives these back, so "the meaning survives the
 * export" is one equality.
 *
 * @param options the choice texts as shown; for matching, sorted (formats do not keep the right column's order)
 * @param key     single answer: the correct text; multiple response: the correct texts in shown order;
 *                true/false: "true" or "false"; numeric: value and tolerance (plain, trailing zeros stripped);
 *                short answer: the accepted variants; ordering: the texts in the right order;
 *                matching: prompt text, choice text, prompt text, choice text, … in prompt order
 */
record Meaning(String stem, List<String> options, List<String> key) {

    Meaning {
        options = List.copyOf(options);
        key = List.copyOf(key);
    }

    static Meaning of(Question question) {
        List<String> texts = question.choices().stream().map(Choice::text).toList();
        return switch (question.body()) {
            case SingleAnswerBody single -> new Meaning(question.stem(), texts, List.of(single.correctChoiceText()));
            case MultipleResponse multiple -> new Meaning(question.stem(), texts, multiple.correctChoiceIdsInOrder().stream()
                    .map(id -> textOf(question.choices(), id)).toList());
            case TrueFalse trueFalse -> new Meaning(question.stem(), List.of(), List.of(String.valueOf(trueFalse.correctValue())));
            case Numeric numeric -> new Meaning(question.stem(), List.of(), List.of(number(numeric.value()), number(numeric.tolerance())));
            case ShortAnswer shortAnswer -> new Meaning(question.stem(), List.of(), shortAnswer.accepted());
            case Ordering ordering -> new Meaning(question.stem(), texts, ordering.correctOrder().stream()
                    .map(id -> textOf(question.choices(), id)).toList());
            case Matching matching -> {
                List<String> pairs = new ArrayList<>();
                for (Prompt prompt : matching.prompts()) {
                    pairs.add(prompt.text());
                    pairs.add(textOf(question.choices(), matching.correctMatches().get(prompt.id())));
                }
                yield new Meaning(question.stem(), texts.stream().sorted().toList(), pairs);
            }
        };
    }

    /** A number as the key writes it: plain, trailing zeros stripped ("1992", "0.5", "-3"). */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String number(String text) {
        return number(new BigDecimal(text.strip()));
    }

    private static String textOf(List<Choice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().text();
    }
}
