package org.cstoquiz.engine.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.ExamFormats.Statement;

/** jqwik generators for questions of every type and for well-formed responses to them. */
public final class QuestionArbitraries {

    private QuestionArbitraries() {
    }

    public static Arbitrary<Question> questions() {
        return Arbitraries.oneOf(List.of(
                withStem(singleChoices()), withStem(multipleResponses()), withStem(trueFalses()), withStem(numerics()),
                withStem(shortAnswers()), withStem(orderings()), withStem(matchings()), statementItems(),
                assertionReasonItems()));
    }

    static Arbitrary<String> stems() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '?', 'ș', 'ă').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank())
                .map(s -> "Stem " + s);
    }

    static Arbitrary<Question> withStem(Arbitrary<? extends QuestionBody> bodies) {
        return Combinators.combine(stems(), bodies, Arbitraries.of(Area.values()), Arbitraries.doubles().between(0, 1))
                .as((stem, body, area, difficulty) -> Question.builder()
                        .area(area).stem(stem).body(body).difficulty(difficulty)
                        .explanation("explanation").source("doc.txt", "quote").fact("f").build());
    }

    /** Distinct texts "Text 17", "Text 4", … */
    static Arbitrary<List<String>> texts(int min, int max) {
        return Arbitraries.integers().between(1, 999).set().ofMinSize(min).ofMaxSize(max)
                .map(numbers -> numbers.stream().map(n -> "Text " + n).toList());
    }

    static Arbitrary<SingleChoice> singleChoices() {
        return texts(2, 6).flatMap(texts -> Arbitraries.of(texts).map(key -> SingleChoice.of(key, texts)));
    }

    static Arbitrary<MultipleResponse> multipleResponses() {
        return texts(2, 7).flatMap(texts -> Arbitraries.of(texts).set().ofMinSize(1).ofMaxSize(texts.size() - 1)
                .map(key -> MultipleResponse.of(List.copyOf(key), texts)));
    }

    static Arbitrary<TrueFalse> trueFalses() {
        return Arbitraries.of(true, false).map(TrueFalse::new);
    }

    static Arbitrary<Numeric> numerics() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(2),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1))
                .as(Numeric::new);
    }

    static Arbitrary<ShortAnswer> shortAnswers() {
        return texts(1, 3).map(ShortAnswer::new);
    }

    static Arbitrary<Ordering> orderings() {
        return texts(2, 6).flatMap(texts -> Arbitraries.shuffle(texts).map(order -> Ordering.of(texts, order)));
    }

    static Arbitrary<Matching> matchings() {
        return Combinators.combine(texts(2, 5), texts(2, 6), Arbitraries.longs())
                .as((promptTexts, choiceTexts, seed) -> {
                    Random random = new Random(seed);
                    List<Prompt> prompts = Prompt.numbered(promptTexts);
                    List<Choice> choices = Choice.lettered(choiceTexts);
                    Map<String, String> key = new HashMap<>();
                    prompts.forEach(p -> key.put(p.id(), choices.get(random.nextInt(choices.size())).id()));
                    return new Matching(prompts, choices, key);
                });
    }

    static Arbitrary<Question> statementItems() {
        Arbitrary<List<Statement>> statements = Arbitraries.integers().between(2, 4).flatMap(n ->
                Arbitraries.of(true, false).list().ofSize(n).map(truths -> {
                    List<Statement> list = new ArrayList<>();
                    for (int i = 0; i < truths.size(); i++) {
                        list.add(new Statement("Statement number " + (i + 1) + ".", truths.get(i)));
                    }
                    return list;
                }));
        return Combinators.combine(stems(), statements, Arbitraries.longs(), Arbitraries.of(true, false))
                .as((topic, list, seed, howMany) -> {
                    boolean anyTrue = list.stream().anyMatch(Statement::isTrue);
                    ExamFormats.ExamItem item;
                    if (howMany && list.size() >= 3 && (anyTrue || list.size() == 3)) {
                        item = ExamFormats.howManyStatementsAreCorrect(topic, list);
                    } else if (list.size() == 2 || anyTrue) {
                        item = ExamFormats.whichStatementsAreCorrect(topic, list, new Random(seed));
                    } else {
                        item = ExamFormats.howManyStatementsAreCorrect(topic, list.subList(0, 3));
                    }
                    return Question.builder().area(Area.MEMBERS).exam(item).build();
                });
    }

    static Arbitrary<Question> assertionReasonItems() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((assertion, reason, explains) -> assertion || reason
                        ? ExamFormats.assertionReason(new Statement("Assertion text.", assertion),
                                new Statement("Reason text.", reason), explains && assertion && reason)
                        : ExamFormats.assertionReason(new Statement("Assertion text.", true),
                                new Statement("Reason text.", false), false))
                .map(item -> Question.builder().area(Area.ARTICLES).exam(item).build());
    }

    /** Any well-formed response to {@code question}, blank included. */
    public static Arbitrary<Response> responsesTo(Question question) {
        List<String> ids = question.choices().stream().map(Choice::id).toList();
        Arbitrary<Response> shaped = switch (question.body()) {
            case SingleAnswerBody ignored -> Arbitraries.of(ids).set().ofMaxSize(ids.size()).map(QuestionArbitraries::selection);
            case MultipleResponse ignored -> Arbitraries.of(ids).set().ofMaxSize(ids.size()).map(QuestionArbitraries::selection);
            case TrueFalse ignored -> Arbitraries.of(true, false).map(Response::trueFalse);
            case Numeric numeric -> Arbitraries.oneOf(List.of(
                    Arbitraries.just(new Response.NumberAnswer(numeric.value().add(numeric.tolerance()))),
                    Arbitraries.bigDecimals().between(new BigDecimal("-200000"), new BigDecimal("200000")).ofScale(3)
                            .map(Response.NumberAnswer::new)));
            case ShortAnswer shortAnswer -> Arbitraries.oneOf(List.of(
                    Arbitraries.of(shortAnswer.accepted()).map(s -> (Response) Response.text(" " + s.toUpperCase() + ". ")),
                    Arbitraries.strings().ofMaxLength(12).map(Response::text)));
            case Ordering ignored -> Arbitraries.shuffle(ids).map(order -> (Response) new Response.OrderAnswer(order));
            case Matching matching -> Arbitraries.longs().map(seed -> {
                Random random = new Random(seed);
                Map<String, String> pairs = new LinkedHashMap<>();
                matching.prompts().forEach(p -> {
                    if (random.nextInt(4) > 0) {
                        pairs.put(p.id(), ids.get(random.nextInt(ids.size())));
                    }
                });
                return (Response) Response.match(pairs);
            });
        };
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Response.BLANK)),
                net.jqwik.api.Tuple.of(9, shaped));
    }

    private static Response selection(Set<String> ids) {
        return new Response.Selection(new TreeSet<>(ids));
    }

    /** Translates a response to {@code from} into the same answer to {@code to}, matching choices by text. */
    public static Response translate(Response response, Question from, Question to) {
        Map<String, String> textOf = new HashMap<>();
        from.choices().forEach(c -> textOf.put(c.id(), c.text()));
        Map<String, String> idOfText = new HashMap<>();
        to.choices().forEach(c -> idOfText.put(c.text(), c.id()));
        return switch (response) {
            case Response.Selection s -> new Response.Selection(new TreeSet<>(
                    s.choiceIds().stream().map(id -> idOfText.get(textOf.get(id))).toList()));
            case Response.OrderAnswer o -> new Response.OrderAnswer(
                    o.choiceIds().stream().map(id -> idOfText.get(textOf.get(id))).toList());
            case Response.MatchAnswer m -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                m.promptToChoice().forEach((p, c) -> pairs.put(p, idOfText.get(textOf.get(c))));
                yield Response.match(Collections.unmodifiableMap(pairs));
            }
            default -> response;
        };
    }
}
