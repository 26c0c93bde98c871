package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;

/** The CSTO bank reaches the targets, with every stem distinct (no padding by repetition). */
class BankCountsTest {

    @Test
    void the_csto_bank_reaches_its_targets() {
        for (long seed : new long[] {0L, 1L, 42L}) {
            Bank bank = BankProperties.bank(seed);
            if (seed == 1L) {
                System.out.println(bank.summary());
            }
            Set<String> stems = new HashSet<>();
            bank.questions().stream().map(Question::stem).forEach(stems::add);
            assertThat(stems).as("distinct stems").hasSizeGreaterThanOrEqualTo(1500);
            Map<Area, Integer> byArea = bank.countByArea();
            assertThat(byArea.get(Area.DATES)).as("dates").isGreaterThanOrEqualTo(150);
            assertThat(byArea.get(Area.MEMBERS)).as("members").isGreaterThanOrEqualTo(150);
            assertThat(byArea.get(Area.ORGANS)).as("organs").isGreaterThanOrEqualTo(150);
            assertThat(byArea.get(Area.ARTICLES)).as("articles").isGreaterThanOrEqualTo(40);
            for (Area area : Area.values()) {
                assertThat(byArea.get(area)).as("questions in %s", area).isPositive();
            }
            for (QuestionType type : QuestionType.values()) {
                assertThat(bank.countByType().get(type)).as("questions of type %s", type).isPositive();
            }
        }
    }
}
