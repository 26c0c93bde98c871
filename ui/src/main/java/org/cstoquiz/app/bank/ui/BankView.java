package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.grid.GridSortOrder;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.ItemStatisticsService;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.base.ui.ListWithDetail;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;

/**
 * The question bank: the grid takes the page; the filters and the export are bars that fold away;
 * the question clicked is previewed beside the grid on a wide screen and below it on a narrow one.
 * Columns sort (difficulty, attempts, facility, discrimination among them); the search looks in
 * stems, options, prompts, accepted answers and explanations. Ticked questions make a paper.
 */
@Route("bank")
@PageTitle("Question bank")
@Menu(order = 50, title = "Question bank", icon = "vaadin:archive")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class BankView extends VerticalLayout {

    private final Injected<QuestionBankService> service;
    private final Injected<ItemStatisticsService> statistics;
    /** The item statistics by question id; not kept with the session, worked out again on first use after a restart. */
    private transient Map<String, ItemStatistic> stats;
    private final BankFilters filters;
    private final Span count = new Span();
    private final BankGrid grid = new BankGrid(this::stat);
    private final BankPreview preview = new BankPreview(() -> {
        showPreview(null);
        grid.focus();
    });
    private final ListWithDetail split = new ListWithDetail(grid, preview, 62, 55);
    private final BankExport export = new BankExport();
    private List<Question> shown = List.of();
    private Question previewed;
    /** Ticked questions, kept while the filters change. */
    private final Set<Question> picked = new LinkedHashSet<>();
    private boolean refreshing;

    BankView(QuestionBankService service, ItemStatisticsService statistics) {
        this.service = Injected.of(QuestionBankService.class, service);
        this.statistics = Injected.of(ItemStatisticsService.class, statistics);
        this.stats = statistics.byQuestion();
        this.filters = new BankFilters(service.packs(), this::refresh, picked::clear);
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        addClassName("bank-view");

        H2 title = new H2("Question bank");
        title.addClassNames("text-xl", "m-0");
        count.addClassName("text-secondary");
        FlexLayout top = BankFilters.row(title, filters.search(), count);
        top.setWidthFull();

        grid.addItemClickListener(e -> showPreview(e.getItem()));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(this::showPreview));
        grid.asMultiSelect().addSelectionListener(e -> {
            if (!refreshing) {
                picked.addAll(e.getAddedSelection());
                picked.removeAll(e.getRemovedSelection());
                export.offer(selection());
            }
        });
        showPreview(null);
        export.drawFrom(this::selection);

        add(top, filters, split, export);
        setFlexGrow(1, split);
        refresh();
    }

    /** The preview beside the grid on a wide window, below it on a narrow one. */
    void fitTo(int windowWidth) {
        split.fitTo(windowWidth);
    }

    SplitLayout.Orientation previewPlacement() {
        return split.getOrientation();
    }

    private void showPreview(Question question) {
        previewed = question;
        split.showDetail(question != null);
        if (question == null) {
            preview.removeAll();
        } else {
            preview.show(question, stat(question));
        }
    }

    Optional<Question> previewed() {
        return Optional.ofNullable(previewed);
    }

    private void refresh() {
        shown = currentBank().questions().stream()
                .filter(filters.admitting(q -> stat(q).filter(ItemStatistic::flagged).isPresent()))
                .toList();
        refreshing = true;
        List<GridSortOrder<Question>> sorting = new ArrayList<>(grid.getSortOrder());
        grid.setItems(shown);
        grid.sort(sorting);
        shown.stream().filter(picked::contains).forEach(grid::select);
        refreshing = false;
        count.setText(shown.size() + (shown.size() == 1 ? " question" : " questions"));
        filters.showSummary();
        export.offer(selection(), statistics.get().csv(shown, stats()));
    }

    private BankExport.Selection selection() {
        return new BankExport.Selection(currentBank(), filters.seed(), shown, picked);
    }

    /** The file the Download link serves now, if there is one. */
    Optional<BankExport.DownloadFile> downloadFile() {
        return export.downloadFile();
    }

    String exportReport() {
        return export.report();
    }

    /** The item statistics CSV of the questions shown. */
    String statisticsCsv() {
        return export.statisticsCsv();
    }

    private Optional<ItemStatistic> stat(Question q) {
        return Optional.ofNullable(stats().get(q.id()));
    }

    private Map<String, ItemStatistic> stats() {
        if (stats == null) {
            stats = statistics.get().byQuestion();
        }
        return stats;
    }

    private Bank currentBank() {
        return service.get().bank(filters.packId(), filters.seed());
    }
}
