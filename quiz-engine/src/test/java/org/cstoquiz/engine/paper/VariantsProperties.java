package org.cstoquiz.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionArbitraries;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SampleQuestions;

class VariantsProperties {

    @Provide
    Arbitrary<List<Question>> papers() {
        return QuestionArbitraries.questions().list().ofMinSize(1).ofMaxSize(12).uniqueElements(Question::id);
    }

    private static Paper paper(List<Question> questions) {
        return new Paper("Mid-term", "csto", 42, questions);
    }

    @Property(tries = 200)
    void everyVariantAsksTheSameQuestionsWithTheSameKeys(@ForAll("papers") List<Question> questions,
                                                         @ForAll @IntRange(min = 1, max = 6) int count,
                                                         @ForAll long seed) {
        Map<String, Object> meaning = questions.stream().collect(Collectors.toMap(Question::id, VariantsProperties::meaning));

        List<Variant> variants = Variants.of(paper(questions), count, seed);

        assertThat(variants).hasSize(count);
        for (Variant variant : variants) {
            assertThat(variant.questions()).extracting(Question::id)
                    .containsExactlyInAnyOrderElementsOf(meaning.keySet());
            for (Question q : variant.questions()) {
                assertThat(meaning(q)).as(q.id()).isEqualTo(meaning.get(q.id()));
                assertThat(q.grade(q.correctResponse()).state()).isEqualTo(GradeState.CORRECT);
            }
            assertThat(variant.answerKey()).extracting(Variant.KeyEntry::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, questions.size()).boxed().toList());
        }
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSameVariants(@ForAll("papers") List<Question> questions, @ForAll long seed) {
        assertThat(Variants.of(paper(questions), 3, seed)).isEqualTo(Variants.of(paper(questions), 3, seed));
    }

    @Example
    void variantsAreLabelledAndDifferInOrder() {
        List<Question> questions = SampleQuestions.everyType();
        List<Variant> variants = Variants.of(paper(questions), 4, 7);

        assertThat(variants).extracting(Variant::label).containsExactly("A", "B", "C", "D");
        assertThat(variants.stream().map(v -> v.questions().stream().map(Question::id).toList()).distinct()).hasSize(4);
    }

    @Example
    void theNumberOfVariantsIsBounded() {
        Paper paper = paper(SampleQuestions.everyType());
        assertThatThrownBy(() -> Variants.of(paper, 0, 1)).hasMessageContaining("between 1 and 26");
        assertThatThrownBy(() -> Variants.of(paper, 27, 1)).hasMessageContaining("between 1 and 26");
        assertThatThrownBy(() -> new Paper("x", "csto", 1, List.of())).hasMessageContaining("at least one question");
        Question q = SampleQuestions.singleChoice();
        assertThatThrownBy(() -> new Paper("x", "csto", 1, List.of(q, q))).hasMessageContaining("twice");
    }

    /** What a question asks and expects, independent of option letters. */
    static Object meaning(Question q) {
        Map<String, String> text = q.choices().stream().collect(Collectors.toMap(Choice::id, Choice::text));
        Object key = switch (q.correctResponse()) {
            case Response.Selection s -> s.choiceIds().stream().map(text::get).sorted().toList();
            case Response.OrderAnswer o -> o.choiceIds().stream().map(text::get).toList();
            case Response.MatchAnswer m -> q.prompts().stream().collect(Collectors.toMap(p -> p.text(),
                    p -> text.get(m.promptToChoice().get(p.id())), (a, b) -> a, TreeMap::new));
            case Response other -> other;
        };
        return List.of(q.stem(), q.choices().stream().map(Choice::text).sorted().toList(), key, q.explanation());
    }
}
