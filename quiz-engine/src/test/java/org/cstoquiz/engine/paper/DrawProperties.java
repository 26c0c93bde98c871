package org.cstoquiz.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.Test;

/** A sitting never asks the same fact twice. */
class DrawProperties {

    private static final FactBase CSTO = Packs.loadBuiltIn();
    private static final Bank BANK = QuestionBank.generate(CSTO, 11);

    @Property(tries = 30)
    void a_draw_asks_each_fact_once(@ForAll @IntRange(min = 1, max = 60) int count, @ForAll long seed) {
        List<Question> drawn = Draw.distinctFacts(BANK.questions(), count, seed);

        assertThat(drawn).hasSize(count);
        assertThat(Draw.repeatedFacts(drawn)).isEmpty();
        assertThat(new HashSet<>(drawn)).hasSize(count);
        assertThat(BANK.questions()).containsSubsequence(drawn);
        assertThat(Draw.distinctFacts(BANK.questions(), count, seed)).isEqualTo(drawn);
    }

    @Test
    void aGuardRefusesAQuestionOnAFactAlreadyAsked() {
        Question first = BANK.questions().getFirst();
        Question sameFact = BANK.questions().stream().skip(1)
                .filter(q -> q.factIds().contains(first.factIds().getFirst())).findFirst().orElseThrow();
        Draw.Guard guard = new Draw.Guard();

        assertThat(guard.take(first)).isTrue();
        assertThat(guard.accepts(sameFact)).isFalse();
        assertThat(guard.take(sameFact)).isFalse();
        assertThat(Draw.shareAFact(first, sameFact)).isTrue();
        assertThat(Draw.repeatedFacts(List.of(first, sameFact))).contains(first.factIds().getFirst());
        assertThat(new Paper("Mock", "csto", 11, List.of(first, sameFact)).repeatedFacts()).isNotEmpty();
    }

    @Test
    void askingForMoreThanTheFactsAllowSaysHowManyThereAre() {
        Question first = BANK.questions().getFirst();
        List<Question> onOneFact = BANK.questions().stream()
                .filter(q -> q.factIds().equals(first.factIds())).toList();
        assertThat(onOneFact).hasSizeGreaterThan(1);

        assertThatThrownBy(() -> Draw.distinctFacts(onOneFact, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 1 of the " + onOneFact.size() + " questions");
    }

    @Test
    void theWholeBankHoldsAFullPaperOnDistinctFacts() {
        Set<String> facts = new HashSet<>();
        BANK.questions().forEach(q -> facts.addAll(q.factIds()));
        assertThat(Draw.distinctFacts(BANK.questions(), 100, 3)).hasSize(100);
    }
}
