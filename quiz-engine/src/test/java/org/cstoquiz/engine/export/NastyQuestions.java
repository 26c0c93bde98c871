package org.cstoquiz.engine.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.ExamFormats;
import org.cstoquiz.engine.question.ExamFormats.Statement;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * Questions of every type whose texts are full of what the formats treat specially: GIFT's
 * {@code ~ = # { } :} and backslash, XML and HTML's {@code < & > "}, quotes, line breaks (LF, CR LF,
 * CR), tabs, blank lines, things that look like syntax ({@code ]]>}, {@code ->}, {@code %50%},
 * {@code [html]}, {@code A. }, {@code ANSWER:}, {@code #separator:}, {@code *}) and the scripts of
 * the member states (Cyrillic, Armenian, Georgian) and Greek.
 */
final class NastyQuestions {

    private static final List<String> TOKENS = List.of(
            "~", "=", "#", "{", "}", ":", "\\", "<", ">", "&", "\"", "'", "\n", "\r\n", "\r", "\t", " ", "  ", "\n\n",
            "]]>", "<![CDATA[", "->", "%50%", "%", "[html]", "[", "A. ", "B) ", "ANSWER: ", "//", "::", "####", "*",
            "#separator:comma", "$CATEGORY:", "&amp;", "&#37;", "<b>", "</text>", "\\n", "{=x}", "1.",
            "a & b", "&&", "&lt;", "&nbsp;", "&#x3C;", "<script>alert(1)</script>", "1 < 2 > 0", ">>", "<br>", "<",
            "Москва", "Ереван", "Қазақстан", "Հայաստան", "საქართველო", "Ελλάδα", "Tashkent", "1992", "a", "Z", "é");

    private NastyQuestions() {
    }

    /** Text made of 1 to 10 tokens. */
    static Arbitrary<String> texts() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(10).map(tokens -> String.join("", tokens));
    }

    /** Nasty text with a word that makes it non-blank and distinct from its siblings (the model insists). */
    private static Arbitrary<List<String>> distinct(int min, int max, String tag) {
        return texts().list().ofMinSize(min).ofMaxSize(max).map(list -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                texts.add(list.get(i) + " " + tag + i);
            }
            return texts;
        });
    }

    static Arbitrary<Question> questions() {
        Arbitrary<QuestionBody> bodies = Arbitraries.oneOf(List.of(
                distinct(2, 5, "opt").flatMap(texts -> Arbitraries.of(texts).map(key -> (QuestionBody) SingleChoice.of(key, texts))),
                distinct(3, 6, "opt").flatMap(texts -> Arbitraries.of(texts).set().ofMinSize(1).ofMaxSize(texts.size() - 1)
                        .map(key -> (QuestionBody) MultipleResponse.of(List.copyOf(key), texts))),
                Arbitraries.of(true, false).map(TrueFalse::new),
                Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999")).ofScale(2),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10")).ofScale(1)).as(Numeric::new),
                distinct(1, 3, "var").map(ShortAnswer::new),
                distinct(2, 5, "item").flatMap(texts -> Arbitraries.shuffle(texts).map(order -> (QuestionBody) Ordering.of(texts, order))),
                Combinators.combine(distinct(2, 4, "left"), distinct(2, 5, "right"), Arbitraries.longs()).as(NastyQuestions::matching)));
        Arbitrary<Question> plain = Combinators.combine(texts(), bodies, texts(), Arbitraries.of(Area.values()), ids())
                .as((stem, body, explanation, area, id) -> Question.builder().area(area).stem(stem + " stem?").body(body)
                        .explanation(explanation).id(id.orElse(null)).build());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plain),
                net.jqwik.api.Tuple.of(1, statements()),
                net.jqwik.api.Tuple.of(1, assertionReason()));
    }

    /** Mostly the content id; sometimes an id full of special characters too. */
    private static Arbitrary<java.util.Optional<String>> ids() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(java.util.Optional.<String>empty())),
                net.jqwik.api.Tuple.of(1, texts().map(text -> java.util.Optional.of("id" + text.strip() + "x"))
                        .filter(id -> id.get().length() <= 60)));
    }

    private static QuestionBody matching(List<String> left, List<String> right, long seed) {
        Random random = new Random(seed);
        List<Prompt> prompts = Prompt.numbered(left);
        List<Choice> choices = Choice.lettered(right);
        Map<String, String> key = new HashMap<>();
        prompts.forEach(p -> key.put(p.id(), choices.get(random.nextInt(choices.size())).id()));
        return new Matching(prompts, choices, key);
    }

    private static Arbitrary<Question> statements() {
        return Combinators.combine(texts(), texts(), texts(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((topic, first, second, firstTrue, secondTrue) -> Question.builder().area(Area.MEMBERS)
                        .exam(ExamFormats.whichStatementsAreCorrect(topic.isBlank() ? null : topic,
                                List.of(new Statement(first + " s1", firstTrue), new Statement(second + " s2", secondTrue))))
                        .build());
    }

    private static Arbitrary<Question> assertionReason() {
        return Combinators.combine(texts(), texts(), Arbitraries.of(true, false))
                .as((assertion, reason, explains) -> Question.builder().area(Area.ARTICLES)
                        .exam(ExamFormats.assertionReason(new Statement(assertion + " a", true),
                                new Statement(reason + " r", explains), explains))
                        .build());
    }

    /** Up to {@code max} questions with distinct ids. */
    static Arbitrary<QuestionSet> sets(int max) {
        return questions().list().ofMinSize(1).ofMaxSize(max).map(questions -> {
            Map<String, Question> unique = new LinkedHashMap<>();
            questions.forEach(q -> unique.putIfAbsent(q.id(), q));
            return new QuestionSet("csto", 1, List.copyOf(unique.values()));
        });
    }
}
