package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Reference;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.Grade;

/**
 * Generation never fails on a valid pack: any part of a pack that is itself valid (every fact it
 * refers to kept) yields a bank whose every key holds in that part, and whose facts that cannot be
 * asked are listed, not thrown.
 */
class AnyValidPackProperties {

    @Provide
    Arbitrary<FactBase> packs() {
        return Arbitraries.of(TestPacks.CSTO, TestPacks.NATO, TestPacks.NORDIC);
    }

    @Property(tries = 40)
    void any_valid_part_of_a_pack_yields_a_bank(@ForAll("packs") FactBase whole,
            @ForAll @DoubleRange(min = 0.02, max = 1.0) double share, @ForAll long seed) {
        FactBase part = part(whole, share, new SplittableRandom(seed));

        Bank bank = QuestionBank.generate(part, seed);

        AssertionChecker checker = new AssertionChecker(part);
        for (GeneratedQuestion g : bank.generated()) {
            for (AssertionCheck check : g.checks()) {
                assertThat(checker.evaluate(check.assertion())).as("%s\n  %s", g.question().stem(), check.assertion())
                        .isEqualTo(Truth.of(check.expected()));
            }
            assertThat(g.question().grade(g.question().correctResponse())).isEqualTo(Grade.correct());
        }
        bank.skipped().forEach(s -> assertThat(part.isExamWorthy(s.factId())).as(s.toString()).isTrue());
        assertThat(bank.summary()).startsWith("Bank of pack " + whole.pack().id());
    }

    /** Each fact kept with the given chance, then every fact a kept one refers to (and the pack's organization). */
    static FactBase part(FactBase whole, double share, SplittableRandom random) {
        Set<String> kept = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(whole.pack().organization());
        whole.facts().stream().filter(f -> random.nextDouble() < share).forEach(f -> todo.add(f.id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (kept.add(id)) {
                whole.find(id).map(Fact::references).orElse(List.of()).stream().map(Reference::target).forEach(todo::add);
            }
        }
        List<Fact> facts = whole.facts().stream().filter(f -> kept.contains(f.id())).toList();
        Set<String> trivia = whole.trivia().stream().filter(kept::contains).collect(Collectors.toSet());
        return FactBase.of(whole.pack(), facts, trivia);
    }
}
