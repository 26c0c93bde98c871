package org.cstoquiz.engine.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class QuestionProperties {

    @Provide
    Arbitrary<Question> anyQuestion() {
        return QuestionArbitraries.questions();
    }

    @Provide
    Arbitrary<Tuple2<Question, Response>> questionAndResponse() {
        return QuestionArbitraries.questions().flatMap(q -> QuestionArbitraries.responsesTo(q).map(r -> Tuple.of(q, r)));
    }

    @Property
    void a_grade_fraction_is_always_between_zero_and_one(@ForAll("questionAndResponse") Tuple2<Question, Response> pair) {
        Question question = pair.get1();
        Response response = pair.get2();
        assertThat(question.problemWith(response)).isEmpty();
        Grade grade = question.grade(response);
        assertThat(grade.fraction()).isBetween(0.0, 1.0);
        assertThat(grade.isBlank()).isEqualTo(response.isBlank());
    }

    @Property
    void the_correct_response_grades_correct(@ForAll("anyQuestion") Question question) {
        assertThat(question.grade(question.correctResponse())).isEqualTo(Grade.correct());
    }

    @Property
    void shuffling_the_choices_keeps_every_grade_and_the_id(
            @ForAll("questionAndResponse") Tuple2<Question, Response> pair, @ForAll long seed) {
        Question original = pair.get1();
        Question shuffled = original.withChoicesShuffled(new SplittableRandom(seed));

        assertThat(shuffled.grade(shuffled.correctResponse())).isEqualTo(Grade.correct());
        assertThat(shuffled.grade(QuestionArbitraries.translate(original.correctResponse(), original, shuffled)))
                .isEqualTo(Grade.correct());
        Response translated = QuestionArbitraries.translate(pair.get2(), original, shuffled);
        assertThat(shuffled.grade(translated)).isEqualTo(original.grade(pair.get2()));
        assertThat(QuestionIds.contentId(shuffled.stem(), shuffled.body())).isEqualTo(original.id());
        assertThat(shuffled.choices()).extracting(Choice::id)
                .containsExactlyElementsOf(original.choices().stream().map(Choice::id).sorted().toList());
    }

    @Property
    void rebuilding_identical_content_gives_the_same_id(@ForAll("anyQuestion") Question question) {
        Question rebuilt = Question.builder()
                .area(question.area()).stem(question.stem()).body(question.body())
                .explanation("another explanation").difficulty(1 - question.difficulty()).build();
        assertThat(rebuilt.id()).isEqualTo(question.id()).hasSize(12).matches("[0-9a-f]{12}");
    }

    @Property
    void changing_the_stem_changes_the_id(@ForAll("anyQuestion") Question question) {
        Question changed = Question.builder()
                .area(question.area()).stem(question.stem() + " (changed)").body(question.body()).build();
        assertThat(changed.id()).isNotEqualTo(question.id());
    }
}
