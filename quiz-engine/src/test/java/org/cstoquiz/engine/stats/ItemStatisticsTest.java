package org.cstoquiz.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    /** fractions[attempt][question]; a wrong answer (0) picked option "wrong-<question>-<attempt % 2>". */
    private static List<ItemResponse> responses(double[][] fractions) {
        List<ItemResponse> out = new ArrayList<>();
        for (int a = 0; a < fractions.length; a++) {
            for (int q = 0; q < fractions[a].length; q++) {
                double f = fractions[a][q];
                out.add(new ItemResponse("a" + a, "q" + q, f,
                        f == 0 ? Optional.of("wrong-" + q + "-" + (a % 2)) : Optional.empty()));
            }
        }
        return out;
    }

    @Test
    void facilityAndDiscriminationFollowMoodlesDefinitions() {
        // worked by hand: totals 3, 2, 2, 0; q0 rest scores 2, 1, 2, 0 → r = 0.5 / √2.75
        List<ItemStatistic> stats = ItemStatistics.of(responses(new double[][] {
            {1, 1, 1},
            {1, 0, 1},
            {0, 1, 1},
            {0, 0, 0},
        }));

        assertThat(stats).extracting(ItemStatistic::questionId).containsExactly("q0", "q1", "q2");
        assertThat(stats.get(0).attempts()).isEqualTo(4);
        assertThat(stats.get(0).facility()).isEqualTo(50.0);
        assertThat(stats.get(2).facility()).isEqualTo(75.0);
        assertThat(stats.get(0).discrimination().getAsDouble()).isCloseTo(100 * 0.5 / Math.sqrt(2.75), within(1e-9));
        assertThat(stats.get(1).discrimination().getAsDouble()).isCloseTo(100 * 0.5 / Math.sqrt(2.75), within(1e-9));
        assertThat(stats.get(2).discrimination().getAsDouble()).isCloseTo(100 / Math.sqrt(1.5), within(1e-9));
        assertThat(stats).noneMatch(ItemStatistic::flagged);
    }

    @Test
    void aQuestionOnlyTheWeakestGetRightIsFlagged() {
        List<ItemStatistic> stats = ItemStatistics.of(responses(new double[][] {
            {1, 1, 1, 0},
            {1, 1, 0, 0},
            {0, 1, 1, 0},
            {0, 0, 0, 1},
        }));

        assertThat(stats.get(3).discrimination().getAsDouble()).isNegative();
        assertThat(stats.get(3).flagged()).isTrue();
        assertThat(stats.get(0).flagged()).isFalse();
    }

    @Test
    void theMostChosenWrongOptionIsReported() {
        List<ItemResponse> answers = List.of(
                new ItemResponse("a1", "q", 0, Optional.of("Minsk")),
                new ItemResponse("a2", "q", 0, Optional.of("Moscow")),
                new ItemResponse("a3", "q", 0, Optional.of("Minsk")),
                new ItemResponse("a4", "q", 1, Optional.empty()));

        assertThat(ItemStatistics.of(answers).getFirst().mostChosenWrong()).contains("Minsk");
    }

    @Test
    void withoutSpreadThereIsNoDiscrimination() {
        List<ItemStatistic> one = ItemStatistics.of(responses(new double[][] {{1, 0}}));
        assertThat(one.getFirst().discrimination()).isEmpty();
        List<ItemStatistic> allRight = ItemStatistics.of(responses(new double[][] {{1, 0}, {1, 1}, {1, 0}}));
        assertThat(allRight.getFirst().discrimination()).isEmpty();
        assertThat(allRight.getFirst().flagged()).isFalse();
        assertThat(allRight.getFirst().facility()).isEqualTo(100.0);
    }

    @Property(tries = 200)
    void indicesStayInRangeAndDoNotDependOnOrder(@ForAll @IntRange(min = 2, max = 30) int attempts,
                                                 @ForAll @IntRange(min = 2, max = 8) int questions,
                                                 @ForAll long seed) {
        Random random = new Random(seed);
        double[][] fractions = new double[attempts][questions];
        for (double[] row : fractions) {
            for (int q = 0; q < questions; q++) {
                row[q] = random.nextInt(3) / 2.0;
            }
        }
        List<ItemResponse> responses = responses(fractions);
        List<ItemStatistic> stats = ItemStatistics.of(responses);
        List<ItemResponse> shuffled = new ArrayList<>(responses);
        Collections.shuffle(shuffled, random);

        assertThat(stats).hasSize(questions).allSatisfy(s -> {
            assertThat(s.attempts()).isEqualTo(attempts);
            assertThat(s.facility()).isBetween(0.0, 100.0);
            s.discrimination().ifPresent(d -> assertThat(d).isBetween(-100.0 - 1e-9, 100.0 + 1e-9));
        });
        java.util.Map<String, ItemStatistic> again = ItemStatistics.of(shuffled).stream()
                .collect(java.util.stream.Collectors.toMap(ItemStatistic::questionId, s -> s));
        for (ItemStatistic s : stats) {
            ItemStatistic other = again.get(s.questionId());
            assertThat(other.facility()).isCloseTo(s.facility(), within(1e-9));
            assertThat(other.discrimination().isPresent()).isEqualTo(s.discrimination().isPresent());
            s.discrimination().ifPresent(d -> assertThat(other.discrimination().getAsDouble()).isCloseTo(d, within(1e-6)));
            assertThat(other.mostChosenWrong()).isEqualTo(s.mostChosenWrong());
        }
    }
}
