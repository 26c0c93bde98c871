package org.cstoquiz.app.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cstoquiz.content.Packs;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.paper.Draw;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuestionPoolTest {

    private static List<Question> bank;

    @BeforeAll
    static void generate() {
        bank = QuestionBank.generate(Packs.loadBuiltIn(), QuestionPool.BANK_SEED).questions();
    }

    @Test
    void aSittingNeverAsksOneFactTwiceWhileTheBankHasOthers() {
        assertThat(Draw.repeatedFacts(bank)).as("the bank asks facts more than once, so the guard has work").isNotEmpty();
        for (int seed = 0; seed < 30; seed++) {
            List<Question> drawn = QuestionPool.spread(bank, 40, new Random(seed));
            assertThat(drawn).as("seed " + seed).hasSize(40);
            assertThat(Draw.repeatedFacts(drawn)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void partsDrawnWithOneGuardShareNoFact() {
        Draw.Guard guard = new Draw.Guard();
        List<Question> sitting = new ArrayList<>();
        Random random = new Random(11);
        for (int part = 0; part < 4; part++) {
            sitting.addAll(QuestionPool.spread(bank, 10, random, guard));
        }
        assertThat(sitting).hasSize(40);
        assertThat(Draw.repeatedFacts(sitting)).isEmpty();
    }

    @Test
    void aPoolTooSmallForDistinctFactsStillFillsTheSitting() {
        String fact = bank.getFirst().factIds().getFirst();
        List<Question> onOneFact = bank.stream().filter(q -> q.factIds().contains(fact)).toList();
        assertThat(onOneFact).as("questions on " + fact).hasSizeGreaterThan(1);
        List<Question> drawn = QuestionPool.spread(onOneFact, onOneFact.size(), new Random(5));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(onOneFact);
    }
}
