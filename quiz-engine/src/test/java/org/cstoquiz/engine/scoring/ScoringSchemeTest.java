package org.cstoquiz.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.SingleChoice;
import org.junit.jupiter.api.Test;

class ScoringSchemeTest {

    private static final Grade HALF = new Grade(0.5, GradeState.PARTIALLY_CORRECT);

    @Test
    void plain_gives_full_marks_for_correct_and_nothing_else() {
        assertThat(ScoringScheme.PLAIN.award(Grade.correct(), 2)).isEqualTo(2.0);
        assertThat(ScoringScheme.PLAIN.award(HALF, 2)).isEqualTo(0.0);
        assertThat(ScoringScheme.PLAIN.award(Grade.incorrect(), 2)).isEqualTo(0.0);
        assertThat(ScoringScheme.PLAIN.award(Grade.blank(), 2)).isEqualTo(0.0);
    }

    @Test
    void partial_credit_gives_the_fraction_of_the_marks() {
        assertThat(ScoringScheme.PARTIAL_CREDIT.award(Grade.correct(), 2)).isEqualTo(2.0);
        assertThat(ScoringScheme.PARTIAL_CREDIT.award(HALF, 2)).isEqualTo(1.0);
        assertThat(ScoringScheme.PARTIAL_CREDIT.award(Grade.incorrect(), 2)).isEqualTo(0.0);
        assertThat(ScoringScheme.PARTIAL_CREDIT.award(Grade.blank(), 2)).isEqualTo(0.0);
    }

    @Test
    void exam_negative_costs_a_third_for_wrong_and_nothing_for_blank() {
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(Grade.correct(), 2)).isEqualTo(2.0);
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(Grade.incorrect(), 2)).isCloseTo(-2.0 / 3, within(1e-12));
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(Grade.incorrect(), 3)).isEqualTo(-1.0);
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(Grade.blank(), 2)).isEqualTo(0.0);
    }

    @Test
    void exam_negative_gives_multi_part_questions_their_partial_share_without_penalty() {
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(HALF, 2)).isEqualTo(1.0);
    }

    @Test
    void two_marks_on_a_single_choice_question_cost_the_penalty_under_negative_marking() {
        SingleChoice body = new SingleChoice(Choice.lettered("1991", "1992", "1994", "2002"), "B");
        Grade grade = body.grade(Response.select("A", "B"));
        assertThat(grade).isEqualTo(Grade.incorrect());
        assertThat(ScoringScheme.EXAM_NEGATIVE.award(grade, 2)).isCloseTo(-2.0 / 3, within(1e-12));
    }

    @Test
    void a_paper_of_25_questions_at_2_marks_with_15_right_6_wrong_4_blank_scores_26_under_negative_marking() {
        Tally tally = tally(ScoringScheme.EXAM_NEGATIVE, 15, 6, 4, 2);
        assertThat(tally.roundedMarksAwarded()).isEqualTo(26.0);
        assertThat(tally.maxMarks()).isEqualTo(50.0);
        assertThat(tally.percentage()).isEqualTo(52.0);
        assertThat(List.of(tally.correct(), tally.incorrect(), tally.blank(), tally.questions()))
                .containsExactly(15, 6, 4, 25);
    }

    @Test
    void the_same_paper_scores_30_without_negative_marking() {
        assertThat(tally(ScoringScheme.PLAIN, 15, 6, 4, 2).roundedMarksAwarded()).isEqualTo(30.0);
        assertThat(tally(ScoringScheme.PARTIAL_CREDIT, 15, 6, 4, 2).roundedMarksAwarded()).isEqualTo(30.0);
    }

    @Test
    void a_real_exam_total_rounds_to_two_decimals() {
        // 100 questions at 2 marks: 62 right, 23 wrong, 15 blank -> 124 - 46/3 = 108.666… -> 108.67
        assertThat(tally(ScoringScheme.EXAM_NEGATIVE, 62, 23, 15, 2).roundedMarksAwarded()).isEqualTo(108.67);
    }

    @Test
    void a_total_can_be_negative() {
        assertThat(tally(ScoringScheme.EXAM_NEGATIVE, 0, 3, 0, 1).roundedMarksAwarded()).isEqualTo(-1.0);
    }

    @Test
    void marks_must_not_be_negative() {
        assertThatThrownBy(() -> ScoringScheme.PLAIN.award(Grade.correct(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallies_add_up() {
        Tally a = tally(ScoringScheme.PLAIN, 1, 1, 0, 1);
        Tally b = tally(ScoringScheme.PLAIN, 2, 0, 1, 1);
        assertThat(a.plus(b)).isEqualTo(tally(ScoringScheme.PLAIN, 3, 1, 1, 1));
    }

    private static Tally tally(ScoringScheme scheme, int right, int wrong, int blank, double marksEach) {
        Tally tally = Tally.empty();
        for (int i = 0; i < right; i++) {
            tally = tally.add(scheme, Grade.correct(), marksEach);
        }
        for (int i = 0; i < wrong; i++) {
            tally = tally.add(scheme, Grade.incorrect(), marksEach);
        }
        for (int i = 0; i < blank; i++) {
            tally = tally.add(scheme, Grade.blank(), marksEach);
        }
        return tally;
    }
}
