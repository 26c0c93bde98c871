package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Qualifier;
import org.junit.jupiter.api.Test;

class FigureComparisonFamilyTest {

    private static Figure personnel(String state, long value) {
        return new Figure("figure.mb." + state, Area.FIGURES, "the number of active military personnel", BigDecimal.valueOf(value),
                "people", Qualifier.EXACT, Optional.empty(), Optional.of("country." + state), Optional.of(PartialDate.parse("2018")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Citation("003_e4b088d5d6c952e1.txt", "a quote")));
    }

    @Test
    void a_figure_over_five_times_every_other_is_left_out_of_most_and_fewest() {
        List<Figure> table = List.of(personnel("belarus", 45_350), personnel("russia", 900_000),
                personnel("kyrgyzstan", 10_900), personnel("tajikistan", 8_800));
        assertThat(FigureComparisonFamily.withoutOneTowering(table)).extracting(Figure::id)
                .containsExactly("figure.mb.belarus", "figure.mb.kyrgyzstan", "figure.mb.tajikistan");
    }

    @Test
    void figures_of_one_order_of_size_are_all_kept() {
        List<Figure> table = List.of(personnel("belarus", 45_350), personnel("russia", 200_000), personnel("kyrgyzstan", 10_900));
        assertThat(FigureComparisonFamily.withoutOneTowering(table)).hasSize(3);
    }
}
