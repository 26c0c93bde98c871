package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.function.SerializableComparator;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;

/**
 * The questions shown, one row each with its stem, kind and id, difficulty and the statistics of
 * learners' attempts; every column sorts, and rows can be ticked.
 */
class BankGrid extends Grid<Question> {

    private final SerializableFunction<Question, Optional<ItemStatistic>> stat;

    BankGrid(SerializableFunction<Question, Optional<ItemStatistic>> stat) {
        this.stat = stat;
        addColumn(LitRenderer.<Question>of("""
                        <div class="bank-question" style="line-height:var(--lumo-line-height-xs);min-width:0">
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${item.stem}</div>
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:var(--lumo-font-size-xs);color:var(--lumo-secondary-text-color)">${item.kind}</div>
                        </div>""")
                        .withProperty("stem", q -> oneLine(q.stem()))
                        .withProperty("kind", q -> Names.area(q.area()) + " · " + Names.type(q.type()) + " · " + q.id()))
                .setHeader("Question").setKey("stem").setFlexGrow(1).setWidth("16rem")
                .setTooltipGenerator(Question::stem).setComparator(q -> q.stem().toLowerCase(Locale.ROOT));
        addColumn(q -> String.format(Locale.ROOT, "%.2f", q.difficulty())).setHeader("Difficulty")
                .setKey("difficulty").setWidth("7.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(Question::difficulty);
        addColumn(q -> stat.apply(q).map(s -> String.valueOf(s.attempts())).orElse("")).setHeader("Attempts")
                .setKey("attempts").setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("attempts", s -> (double) s.attempts()));
        addColumn(q -> stat.apply(q).map(s -> String.format(Locale.ROOT, "%.0f%%", s.facility())).orElse(""))
                .setHeader("Facility").setKey("facility").setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("facility", ItemStatistic::facility));
        addColumn(q -> stat.apply(q).flatMap(s -> s.discrimination().isPresent()
                        ? Optional.of(String.format(Locale.ROOT, "%.0f%%", s.discrimination().getAsDouble())
                        + (s.flagged() ? " ⚠" : "")) : Optional.<String>empty()).orElse(""))
                .setHeader("Discrimination").setKey("discrimination").setWidth("9.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(byStatistic("discrimination",
                        s -> s.discrimination().isPresent() ? s.discrimination().getAsDouble() : null));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAriaLabel("Questions");
        setSelectionMode(Grid.SelectionMode.MULTI);
        setMultiSort(true, Grid.MultiSortPriority.APPEND);
        setSizeFull();
    }

    /**
     * Orders by a statistic; questions without it (never answered, or no spread) come last whichever
     * way the column sorts.
     */
    private SerializableComparator<Question> byStatistic(String column, SerializableFunction<ItemStatistic, Double> value) {
        return (a, b) -> {
            Double x = stat.apply(a).map(value).orElse(null);
            Double y = stat.apply(b).map(value).orElse(null);
            if (x == null || y == null) {
                return x == null && y == null ? 0 : (x == null ? 1 : -1) * sortSign(column);
            }
            return Double.compare(x, y);
        };
    }

    /** +1 when {@code column} sorts up, -1 down: the grid reverses the comparator for a descending sort. */
    private int sortSign(String column) {
        return getSortOrder().stream().filter(order -> column.equals(order.getSorted().getKey())).findFirst()
                .map(order -> order.getDirection() == SortDirection.DESCENDING ? -1 : 1).orElse(1);
    }

    private static String oneLine(String stem) {
        return stem.replaceAll("\\s*\\R\\s*", " ");
    }
}
