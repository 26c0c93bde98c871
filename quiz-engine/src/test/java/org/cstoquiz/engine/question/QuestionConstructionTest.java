package org.cstoquiz.engine.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.junit.jupiter.api.Test;

/** Illegal questions cannot be built. */
class QuestionConstructionTest {

    @Test
    void a_single_choice_key_must_be_one_of_the_choices() {
        assertThatThrownBy(() -> new SingleChoice(Choice.lettered("1991", "1992"), "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'C' is not one of the choice ids");
    }

    @Test
    void a_single_choice_needs_two_choices() {
        assertThatThrownBy(() -> new SingleChoice(Choice.lettered("1992"), "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }

    @Test
    void choice_texts_must_differ_beyond_case_whitespace_and_diacritics() {
        assertThatThrownBy(() -> SingleChoice.of("Moscow", List.of("Moscow", " moscow ", "Minsk")))
                .hasMessageContaining("read the same");
        assertThatThrownBy(() -> SingleChoice.of("Chișinău", List.of("Chișinău", "Chisinau", "Minsk")))
                .hasMessageContaining("read the same");
    }

    @Test
    void choice_ids_must_be_unique() {
        assertThatThrownBy(() -> new SingleChoice(List.of(new Choice("A", "x"), new Choice("A", "y")), "A"))
                .hasMessageContaining("duplicate choice id");
    }

    @Test
    void multiple_response_needs_a_right_and_a_wrong_choice() {
        List<Choice> choices = Choice.lettered("a", "b", "c");
        assertThatThrownBy(() -> new MultipleResponse(choices, Set.of())).hasMessageContaining("at least one correct");
        assertThatThrownBy(() -> new MultipleResponse(choices, Set.of("A", "B", "C"))).hasMessageContaining("at least one wrong");
        assertThatThrownBy(() -> new MultipleResponse(choices, Set.of("D"))).hasMessageContaining("not one of the choice ids");
    }

    @Test
    void an_ordering_key_is_a_permutation_of_the_choices() {
        List<Choice> choices = Choice.lettered("a", "b", "c");
        assertThatThrownBy(() -> new Ordering(choices, List.of("A", "B"))).hasMessageContaining("exactly once");
        assertThatThrownBy(() -> new Ordering(choices, List.of("A", "A", "B"))).hasMessageContaining("exactly once");
    }

    @Test
    void a_matching_key_maps_every_prompt_to_a_choice() {
        List<Prompt> prompts = Prompt.numbered("Treaty", "Charter");
        List<Choice> choices = Choice.lettered("Tashkent", "Chișinău");
        assertThatThrownBy(() -> new Matching(prompts, choices, Map.of("1", "A"))).hasMessageContaining("every prompt");
        assertThatThrownBy(() -> new Matching(prompts, choices, Map.of("1", "A", "2", "X"))).hasMessageContaining("'X'");
        assertThatThrownBy(() -> new Matching(Prompt.numbered("Treaty", "treaty"), choices, Map.of("1", "A", "2", "B")))
                .hasMessageContaining("read the same");
    }

    @Test
    void assertion_reason_has_exactly_four_options() {
        assertThatThrownBy(() -> new AssertionReason(Choice.lettered("a", "b", "c"), "A")).hasMessageContaining("at least 4");
        assertThatThrownBy(() -> new AssertionReason(Choice.lettered("a", "b", "c", "d", "e"), "A")).hasMessageContaining("exactly 4");
    }

    @Test
    void numeric_tolerance_is_not_negative() {
        assertThatThrownBy(() -> new Numeric(BigDecimal.ONE, new BigDecimal("-1"))).hasMessageContaining("negative");
    }

    @Test
    void short_answer_variants_have_letters() {
        assertThatThrownBy(() -> new ShortAnswer(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ShortAnswer.accepting("Moscow", " - ")).hasMessageContaining("no letters or digits");
    }

    @Test
    void difficulty_is_between_zero_and_one() {
        assertThatThrownBy(() -> Question.builder().area(Area.DATES).stem("s").body(new TrueFalse(true)).difficulty(1.5).build())
                .hasMessageContaining("difficulty");
    }

    @Test
    void a_question_needs_an_area_and_a_stem() {
        assertThatThrownBy(() -> Question.builder().stem("s").body(new TrueFalse(true)).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("area");
        assertThatThrownBy(() -> Question.builder().area(Area.DATES).stem(" ").body(new TrueFalse(true)).build())
                .hasMessageContaining("stem");
    }

    @Test
    void grade_states_and_fractions_agree() {
        assertThatThrownBy(() -> new Grade(0.5, GradeState.CORRECT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grade(0.0, GradeState.PARTIALLY_CORRECT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grade(1.2, GradeState.CORRECT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Grade.ofFraction(0.25).state()).isEqualTo(GradeState.PARTIALLY_CORRECT);
    }

    @Test
    void the_type_follows_the_body() {
        assertThat(SampleQuestions.statements().type()).isEqualTo(QuestionType.STATEMENTS);
        assertThat(SampleQuestions.trueFalse().choices()).isEmpty();
        assertThat(SampleQuestions.matching().prompts()).extracting(Prompt::id).containsExactly("1", "2");
    }
}
