package org.cstoquiz.engine.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void every_sample_question_grades_its_own_correct_response_correct_and_blank_blank() {
        for (Question question : SampleQuestions.everyType()) {
            assertThat(question.grade(question.correctResponse())).as(question.type().jsonName())
                    .isEqualTo(Grade.correct());
            assertThat(question.grade(Response.BLANK)).as(question.type().jsonName()).isEqualTo(Grade.blank());
        }
    }

    @Test
    void samples_cover_every_type() {
        assertThat(SampleQuestions.typesOf(SampleQuestions.everyType())).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Nested
    class SingleChoiceGrading {
        Question question = SampleQuestions.singleChoice(); // key B = 1992

        @Test
        void the_key_is_correct_and_another_choice_is_incorrect() {
            assertThat(question.grade(Response.select("B"))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.select("A"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void nothing_selected_is_blank() {
            assertThat(question.grade(Response.select())).isEqualTo(Grade.blank());
        }

        @Test
        void two_marks_including_the_key_are_incorrect_not_partial() {
            assertThat(question.grade(Response.select("A", "B"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void an_unknown_choice_id_is_a_wrong_shape() {
            assertThat(question.problemWith(Response.select("E"))).hasValueSatisfying(
                    problem -> assertThat(problem).contains("no choice 'E'"));
            assertThatThrownBy(() -> question.grade(Response.select("E")))
                    .isInstanceOf(WrongResponseException.class)
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void typed_text_is_a_wrong_shape_with_a_clear_message() {
            assertThatThrownBy(() -> question.grade(Response.text("1992")))
                    .isInstanceOf(WrongResponseException.class)
                    .hasMessageContaining("single_choice question takes a Selection response, got TextAnswer")
                    .hasMessageContaining(question.id());
        }

        @Test
        void null_is_a_wrong_shape() {
            assertThatThrownBy(() -> question.grade(null)).isInstanceOf(WrongResponseException.class);
        }
    }

    @Nested
    class MultipleResponseGrading {
        // A, B, C correct (share 1/3 each); D, E wrong (cost 1/2 each)
        Question question = SampleQuestions.multipleResponse();

        @Test
        void exactly_the_key_is_correct() {
            assertThat(question.grade(Response.select("A", "B", "C"))).isEqualTo(Grade.correct());
        }

        @Test
        void each_correct_choice_marked_earns_its_share() {
            Grade grade = question.grade(Response.select("A", "B"));
            assertThat(grade.state()).isEqualTo(GradeState.PARTIALLY_CORRECT);
            assertThat(grade.fraction()).isCloseTo(2.0 / 3, within(1e-12));
        }

        @Test
        void each_wrong_choice_marked_costs_its_share() {
            Grade grade = question.grade(Response.select("A", "B", "C", "D"));
            assertThat(grade.state()).isEqualTo(GradeState.PARTIALLY_CORRECT);
            assertThat(grade.fraction()).isCloseTo(0.5, within(1e-12));
        }

        @Test
        void the_total_is_floored_at_zero() {
            assertThat(question.grade(Response.select("A", "D", "E"))).isEqualTo(Grade.incorrect());
            assertThat(question.grade(Response.select("D"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void marking_everything_earns_nothing() {
            assertThat(question.grade(Response.select("A", "B", "C", "D", "E"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void nothing_marked_is_blank() {
            assertThat(question.grade(Response.select())).isEqualTo(Grade.blank());
        }
    }

    @Nested
    class TrueFalseGrading {
        Question question = SampleQuestions.trueFalse();

        @Test
        void true_is_correct_false_is_incorrect() {
            assertThat(question.grade(Response.trueFalse(true))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.trueFalse(false))).isEqualTo(Grade.incorrect());
        }

        @Test
        void a_selection_is_a_wrong_shape() {
            assertThatThrownBy(() -> question.grade(Response.select("A"))).isInstanceOf(WrongResponseException.class);
        }
    }

    @Nested
    class NumericGrading {
        @Test
        void an_exact_key_accepts_only_the_value_in_any_notation() {
            Question question = SampleQuestions.numeric();
            assertThat(question.grade(Response.number(2002))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.number("2002.00"))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.number(2001))).isEqualTo(Grade.incorrect());
        }

        @Test
        void a_tolerance_is_inclusive() {
            Numeric body = Numeric.within("20000", "2500");
            assertThat(body.grade(Response.number(22500))).isEqualTo(Grade.correct());
            assertThat(body.grade(Response.number(17500))).isEqualTo(Grade.correct());
            assertThat(body.grade(Response.number(22501))).isEqualTo(Grade.incorrect());
        }

        @Test
        void decimals_are_compared_exactly() {
            Numeric body = Numeric.within("0.3", "0.1");
            assertThat(body.grade(Response.number("0.2"))).isEqualTo(Grade.correct());
            assertThat(body.grade(Response.number("0.19999"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void the_key_is_normalised() {
            assertThat(new Numeric(new BigDecimal("1992.0"), new BigDecimal("0.00")))
                    .isEqualTo(Numeric.exactly(1992));
            assertThat(Numeric.exactly(2000).value().toPlainString()).isEqualTo("2000");
        }

        @Test
        void text_is_a_wrong_shape() {
            assertThatThrownBy(() -> SampleQuestions.numeric().grade(Response.text("2002")))
                    .isInstanceOf(WrongResponseException.class);
        }
    }

    @Nested
    class ShortAnswerGrading {
        Question question = SampleQuestions.shortAnswer(); // Chișinău, Kishinev

        @Test
        void diacritics_case_whitespace_and_punctuation_do_not_matter() {
            for (String typed : new String[] {"Chișinău", "Chisinau", "  chisinau ", "CHIŞINĂU.", "Kishinev", "kishinev!"}) {
                assertThat(question.grade(Response.text(typed))).as(typed).isEqualTo(Grade.correct());
            }
        }

        @Test
        void a_different_city_is_incorrect() {
            assertThat(question.grade(Response.text("Tashkent"))).isEqualTo(Grade.incorrect());
            assertThat(question.grade(Response.text("Chisinau Moldova"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void blank_or_punctuation_only_text_is_blank() {
            assertThat(question.grade(Response.text("   "))).isEqualTo(Grade.blank());
            assertThat(question.grade(Response.text(" ... "))).isEqualTo(Grade.blank());
        }

        @Test
        void normalisation_folds_what_names_in_the_region_need() {
            assertThat(AnswerText.normalise("Nur-Sultan")).isEqualTo("nur sultan");
            assertThat(AnswerText.normalise("  Kyrgyz   Republic ")).isEqualTo("kyrgyz republic");
            assertThat(AnswerText.normalise("Côte d’Ivoire")).isEqualTo("cote divoire");
            assertThat(AnswerText.normalise("Łódź")).isEqualTo("lodz");
            assertThat(AnswerText.sameAnswer("Chișinău", "Chişinău")).isTrue(); // comma below vs cedilla
        }
    }

    @Nested
    class OrderingGrading {
        // shown A=Charter, B=Treaty, C=CRRF, D=Kazakhstan; correct order B, A, C, D
        Question question = SampleQuestions.ordering();

        @Test
        void the_right_order_is_correct() {
            assertThat(question.grade(Response.order("B", "A", "C", "D"))).isEqualTo(Grade.correct());
        }

        @Test
        void credit_is_the_fraction_of_adjacent_pairs_kept() {
            // pairs in the key: B-A, A-C, C-D. Moving B to the end keeps A-C and C-D.
            assertThat(question.grade(Response.order("A", "C", "D", "B")).fraction()).isCloseTo(2.0 / 3, within(1e-12));
            // swapping the first two keeps only C-D
            assertThat(question.grade(Response.order("A", "B", "C", "D")).fraction()).isCloseTo(1.0 / 3, within(1e-12));
        }

        @Test
        void the_reverse_order_earns_nothing() {
            assertThat(question.grade(Response.order("D", "C", "A", "B"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void a_response_that_is_not_a_permutation_is_a_wrong_shape() {
            assertThatThrownBy(() -> question.grade(Response.order("A", "B", "C")))
                    .isInstanceOf(WrongResponseException.class).hasMessageContaining("exactly once");
            assertThatThrownBy(() -> question.grade(Response.order("A", "A", "C", "D")))
                    .isInstanceOf(WrongResponseException.class);
        }

        @Test
        void an_empty_order_is_blank() {
            assertThat(question.grade(Response.order())).isEqualTo(Grade.blank());
        }
    }

    @Nested
    class MatchingGrading {
        // 1 Treaty -> A Tashkent, 2 Charter -> B Chișinău, C Minsk is a distractor
        Question question = SampleQuestions.matching();

        @Test
        void all_pairs_right_is_correct() {
            assertThat(question.grade(Response.match(Map.of("1", "A", "2", "B")))).isEqualTo(Grade.correct());
        }

        @Test
        void credit_is_the_fraction_of_prompts_matched_right() {
            Grade half = question.grade(Response.match(Map.of("1", "A", "2", "C")));
            assertThat(half).isEqualTo(new Grade(0.5, GradeState.PARTIALLY_CORRECT));
            assertThat(question.grade(Response.match(Map.of("1", "A")))).isEqualTo(half); // unmatched counts as wrong
            assertThat(question.grade(Response.match(Map.of("1", "B", "2", "A")))).isEqualTo(Grade.incorrect());
        }

        @Test
        void unknown_prompt_or_choice_ids_are_a_wrong_shape() {
            assertThatThrownBy(() -> question.grade(Response.match(Map.of("3", "A"))))
                    .isInstanceOf(WrongResponseException.class).hasMessageContaining("no prompt '3'");
            assertThatThrownBy(() -> question.grade(Response.match(Map.of("1", "Z"))))
                    .isInstanceOf(WrongResponseException.class).hasMessageContaining("no choice 'Z'");
        }

        @Test
        void no_pairs_is_blank() {
            assertThat(question.grade(Response.match(Map.of()))).isEqualTo(Grade.blank());
        }
    }

    @Nested
    class ExamFormatGrading {
        @Test
        void statements_grade_like_single_choice() {
            Question question = SampleQuestions.statements(); // 1 true, 2 false -> "1 only" = A
            assertThat(question.grade(Response.select("A"))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.select("C"))).isEqualTo(Grade.incorrect());
            assertThat(question.grade(Response.select("A", "C"))).isEqualTo(Grade.incorrect());
        }

        @Test
        void assertion_reason_grades_like_single_choice() {
            Question question = SampleQuestions.assertionReason(); // both true, R not the explanation -> B
            assertThat(question.grade(Response.select("B"))).isEqualTo(Grade.correct());
            assertThat(question.grade(Response.select("A"))).isEqualTo(Grade.incorrect());
        }
    }
}
