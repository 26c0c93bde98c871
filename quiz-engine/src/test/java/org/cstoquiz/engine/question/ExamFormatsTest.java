package org.cstoquiz.engine.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cstoquiz.engine.question.ExamFormats.Statement.falseStatement;
import static org.cstoquiz.engine.question.ExamFormats.Statement.trueStatement;

import java.util.List;
import java.util.SplittableRandom;
import org.cstoquiz.engine.question.ExamFormats.ExamItem;
import org.cstoquiz.engine.question.ExamFormats.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExamFormatsTest {

    private static final Statement T1 = trueStatement("It was signed in Tashkent.");
    private static final Statement F1 = falseStatement("It was signed in Minsk.");
    private static final Statement T2 = trueStatement("It was signed in 1992.");
    private static final Statement F2 = falseStatement("It was signed in 1999.");

    @Test
    void two_statements_read_like_an_exam_paper() {
        ExamItem item = ExamFormats.whichStatementsAreCorrect("the Collective Security Treaty", List.of(T1, F2));
        assertThat(item.stem()).isEqualTo("""
                With reference to the Collective Security Treaty, consider the following statements:
                1. It was signed in Tashkent.
                2. It was signed in 1999.
                Which of the statements given above is/are correct?""");
        assertThat(item.body().choices()).extracting(Choice::text)
                .containsExactly("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2");
        assertThat(item.body().correctChoiceText()).isEqualTo("1 only");
        assertThat(item.body().type()).isEqualTo(QuestionType.STATEMENTS);
    }

    @ParameterizedTest
    @CsvSource({"true,true,Both 1 and 2", "true,false,1 only", "false,true,2 only", "false,false,Neither 1 nor 2"})
    void the_key_of_two_statements_follows_their_truth(boolean first, boolean second, String key) {
        ExamItem item = ExamFormats.whichStatementsAreCorrect(null, List.of(
                new Statement("First.", first), new Statement("Second.", second)));
        assertThat(item.body().correctChoiceText()).isEqualTo(key);
        assertThat(item.stem()).startsWith("Consider the following statements:\n1. First.\n2. Second.");
    }

    @Test
    void three_statements_offer_the_true_combination_among_four_paper_style_options() {
        for (int seed = 0; seed < 50; seed++) {
            ExamItem item = ExamFormats.whichStatementsAreCorrect(null, List.of(T1, F1, T2), new SplittableRandom(seed));
            List<String> texts = item.body().choices().stream().map(Choice::text).toList();
            assertThat(texts).hasSize(4).doesNotHaveDuplicates().contains("1 and 3 only");
            assertThat(item.body().correctChoiceText()).isEqualTo("1 and 3 only");
            assertThat(texts).allMatch(text -> text.matches("\\d only|\\d and \\d only|1, 2 and 3"));
        }
    }

    @Test
    void all_three_true_is_written_without_only() {
        ExamItem item = ExamFormats.whichStatementsAreCorrect(null, List.of(T1, T2, trueStatement("Third.")),
                new SplittableRandom(1));
        assertThat(item.body().correctChoiceText()).isEqualTo("1, 2 and 3");
    }

    @Test
    void the_same_random_seed_gives_the_same_options() {
        ExamItem a = ExamFormats.whichStatementsAreCorrect(null, List.of(T1, F1, T2, F2), new SplittableRandom(3));
        ExamItem b = ExamFormats.whichStatementsAreCorrect(null, List.of(T1, F1, T2, F2), new SplittableRandom(3));
        assertThat(a).isEqualTo(b);
        assertThat(a.body().correctChoiceText()).isEqualTo("1 and 3 only");
    }

    @Test
    void three_statements_all_false_are_refused_in_the_which_variant() {
        assertThatThrownBy(() -> ExamFormats.whichStatementsAreCorrect(null, List.of(F1, F2, falseStatement("x")),
                new SplittableRandom(1))).hasMessageContaining("howManyStatementsAreCorrect");
    }

    @Test
    void how_many_with_three_statements() {
        ExamItem item = ExamFormats.howManyStatementsAreCorrect(null, List.of(T1, F1, T2));
        assertThat(item.stem()).endsWith("\n3. It was signed in 1992.\nHow many of the above statements are correct?");
        assertThat(item.body().choices()).extracting(Choice::text).containsExactly("Only one", "Only two", "All three", "None");
        assertThat(item.body().correctChoiceText()).isEqualTo("Only two");
        assertThat(ExamFormats.howManyStatementsAreCorrect(null, List.of(F1, F2, falseStatement("x")))
                .body().correctChoiceText()).isEqualTo("None");
    }

    @Test
    void how_many_with_four_statements() {
        ExamItem item = ExamFormats.howManyStatementsAreCorrect(null, List.of(T1, F1, T2, trueStatement("x")));
        assertThat(item.body().choices()).extracting(Choice::text).containsExactly("Only one", "Only two", "Only three", "All four");
        assertThat(item.body().correctChoiceText()).isEqualTo("Only three");
        assertThatThrownBy(() -> ExamFormats.howManyStatementsAreCorrect(null, List.of(F1, F2, F1, F2)))
                .hasMessageContaining("at least one must be true");
    }

    @Test
    void assertion_reason_uses_the_standard_wording_and_options() {
        ExamItem item = ExamFormats.assertionReason(T1, T2, true);
        assertThat(item.stem()).isEqualTo("""
                Consider the following statements:
                Assertion (A): It was signed in Tashkent.
                Reason (R): It was signed in 1992.
                Which one of the following is correct in respect of the above statements?""");
        assertThat(item.body().choices()).extracting(Choice::text).containsExactlyElementsOf(ExamFormats.ASSERTION_REASON_OPTIONS);
        assertThat(item.body().correctChoiceId()).isEqualTo("A");
        assertThat(item.body().type()).isEqualTo(QuestionType.ASSERTION_REASON);
    }

    @ParameterizedTest
    @CsvSource({"true,true,false,B", "true,false,false,C", "false,true,false,D"})
    void the_assertion_reason_key_follows_the_truth(boolean assertion, boolean reason, boolean explains, String key) {
        ExamItem item = ExamFormats.assertionReason(new Statement("A.", assertion), new Statement("R.", reason), explains);
        assertThat(item.body().correctChoiceId()).isEqualTo(key);
    }

    @Test
    void assertion_reason_refuses_impossible_combinations() {
        assertThatThrownBy(() -> ExamFormats.assertionReason(F1, F2, false)).hasMessageContaining("both false");
        assertThatThrownBy(() -> ExamFormats.assertionReason(T1, F2, true)).hasMessageContaining("only when both are true");
    }

    @Test
    void combination_labels() {
        assertThat(ExamFormats.combinationLabel(List.of(2), 3)).isEqualTo("2 only");
        assertThat(ExamFormats.combinationLabel(List.of(1, 2, 4), 4)).isEqualTo("1, 2 and 4 only");
        assertThat(ExamFormats.combinationLabel(List.of(1, 2, 3, 4), 4)).isEqualTo("1, 2, 3 and 4");
    }
}
