package org.cstoquiz.app.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;
import org.junit.jupiter.api.Test;

/** One input per question type: which one, what it says, which keys choose what, and what it answers. */
class AnswerInputTest {

    private static Question question(QuestionBody body) {
        return Question.builder().area(Area.DATES).stem("Which?").body(body).explanation("Because.")
                .source("x.txt", "the quote").build();
    }

    private static final Question SINGLE = question(SingleChoice.of("1992", List.of("1991", "1992", "1993")));
    private static final Question SEVERAL = question(MultipleResponse.of(List.of("Armenia", "Belarus"),
            List.of("Armenia", "Belarus", "Georgia", "Latvia")));
    private static final Question TRUE_FALSE = question(new TrueFalse(true));
    private static final Question NUMBER = question(new Numeric(new BigDecimal("1992"), BigDecimal.ZERO));
    private static final Question TEXT = question(new ShortAnswer(List.of("Moscow")));
    private static final Question ORDER = question(Ordering.of(List.of("b", "a", "c"), List.of("a", "b", "c")));
    private static final Question MATCH = question(new Matching(List.of(new Prompt("1", "Treaty"), new Prompt("2", "Charter")),
            List.of(new Choice("A", "1992"), new Choice("B", "2002")), Map.of("1", "A", "2", "B")));

    @Test
    void eachTypeGetsItsOwnInput() {
        assertThat(AnswerInput.of(SINGLE)).isInstanceOf(OneChoiceInput.class);
        assertThat(AnswerInput.of(SEVERAL)).isInstanceOf(SeveralChoicesInput.class);
        assertThat(AnswerInput.of(TRUE_FALSE)).isInstanceOf(TrueOrFalseInput.class);
        assertThat(AnswerInput.of(NUMBER)).isInstanceOf(NumberInput.class);
        assertThat(AnswerInput.of(TEXT)).isInstanceOf(TextInput.class);
        assertThat(AnswerInput.of(ORDER)).isInstanceOf(OrderInput.class);
        assertThat(AnswerInput.of(MATCH)).isInstanceOf(MatchInput.class);
        assertThat(AnswerInput.of(MATCH).hasClassName("answer-input")).isTrue();
    }

    @Test
    void theHintsSayWhatTheKeysDoAndWhatToDoFirst() {
        assertThat(AnswerInput.of(SINGLE).keyHint()).isEqualTo("1–3 or A–C choose");
        assertThat(AnswerInput.of(SEVERAL).keyHint()).isEqualTo("1–4 or A–D tick or untick");
        assertThat(AnswerInput.of(TRUE_FALSE).keyHint()).isEqualTo("1, A or T: true; 2, B or F: false");
        assertThat(AnswerInput.of(NUMBER).keyHint()).isEmpty();
        assertThat(AnswerInput.of(TEXT).keyHint()).isEmpty();
        assertThat(AnswerInput.of(ORDER).keyHint()).startsWith("Tab to an item's arrow");
        assertThat(AnswerInput.of(MATCH).keyHint()).startsWith("Enter or Space opens a list");

        assertThat(AnswerInput.of(SINGLE).whatToDoFirst()).isEqualTo("Choose an answer first");
        assertThat(AnswerInput.of(TEXT).whatToDoFirst()).isEqualTo("Type an answer first");
        assertThat(AnswerInput.of(NUMBER).whatToDoFirst()).isEqualTo("Type an answer first");
        assertThat(AnswerInput.of(ORDER).whatToDoFirst()).isEqualTo("Move the items into order first");
        assertThat(AnswerInput.of(MATCH).whatToDoFirst()).isEqualTo("Choose an answer first");
    }

    @Test
    void digitsAndLettersChooseByPositionAndTAndFChooseTrueAndFalse() {
        assertThat(AnswerInput.of(SINGLE).choiceKeys())
                .containsExactlyInAnyOrderEntriesOf(Map.of("1", 1, "a", 1, "2", 2, "b", 2, "3", 3, "c", 3));
        assertThat(AnswerInput.of(TRUE_FALSE).choiceKeys()).containsEntry("t", 1).containsEntry("f", 2)
                .containsEntry("1", 1).containsEntry("b", 2).hasSize(6);
        assertThat(AnswerInput.of(TEXT).choiceKeys()).isEmpty();
        assertThat(AnswerInput.of(ORDER).choiceKeys()).isEmpty();

        AnswerInput single = AnswerInput.of(SINGLE);
        assertThat(single.chooseByKey("c")).isTrue();
        assertThat(single.response()).isEqualTo(Response.select(SINGLE.choices().get(2).id()));
        assertThat(single.chooseByKey("d")).isFalse();
        assertThat(single.chooseByKey("f")).isFalse();
        assertThat(single.response()).isEqualTo(Response.select(SINGLE.choices().get(2).id()));

        AnswerInput several = AnswerInput.of(SEVERAL);
        several.chooseByKey("1");
        several.chooseByKey("b");
        several.chooseByKey("a");
        assertThat(several.response()).isEqualTo(Response.select(SEVERAL.choices().get(1).id()));

        AnswerInput trueOrFalse = AnswerInput.of(TRUE_FALSE);
        trueOrFalse.chooseByKey("f");
        assertThat(trueOrFalse.response()).isEqualTo(Response.trueFalse(false));
        trueOrFalse.setReadOnly(true);
        trueOrFalse.chooseByKey("t");
        assertThat(trueOrFalse.response()).isEqualTo(Response.trueFalse(false));
    }

    @Test
    void aSavedResponseIsShownWithoutCountingAsAChangeAndAChoiceCounts() {
        int[] changes = {0};
        AnswerInput match = AnswerInput.of(MATCH);
        match.onChange(() -> changes[0]++);
        match.show(Response.match(Map.of("1", "A", "2", "B")));
        assertThat(match.response()).isEqualTo(Response.match(Map.of("1", "A", "2", "B")));
        assertThat(changes[0]).isZero();

        AnswerInput single = AnswerInput.of(SINGLE);
        single.onChange(() -> changes[0]++);
        single.chooseByKey("1");
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void anOrderIsNoAnswerUntilTheLearnerArrangesIt() {
        OrderInput order = (OrderInput) AnswerInput.of(ORDER);
        assertThat(order.response()).isEqualTo(Response.BLANK);
        List<String> ids = ORDER.choices().reversed().stream().map(Choice::id).toList();
        order.show(new Response.OrderAnswer(ids));
        assertThat(order.response()).isEqualTo(new Response.OrderAnswer(ids));
        assertThat(order.shownOrder()).containsExactlyElementsOf(ORDER.choices().reversed().stream().map(Choice::text).toList());
    }
}
