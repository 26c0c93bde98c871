package org.cstoquiz.app.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.base.ui.ListWithDetail;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.curation.CurationItem;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.engine.question.Question;

/**
 * Curation: the questions learners reported and those their statistics flag, the ones retired and
 * the ones edited. Pick one to see it with its reports, statistics and history, then retire it,
 * correct it, or dismiss the reports.
 */
@Route("curation")
@PageTitle("Curation")
@Menu(order = 55, title = "Curation", icon = "vaadin:flag")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class CurationView extends VerticalLayout {

    enum Show {
        ATTENTION("Needs attention", CurationItem::needsAttention),
        RETIRED("Retired", item -> item.status() == Status.RETIRED),
        EDITED("Edited", item -> item.status() == Status.EDITED
                || item.curation().flatMap(c -> c.edited()).isPresent()),
        ALL("Everything curated, reported or flagged", item -> true);

        final String label;
        final Predicate<CurationItem> admits;

        Show(String label, Predicate<CurationItem> admits) {
            this.label = label;
            this.admits = admits;
        }
    }

    private final Injected<CurationService> curation;
    private final Select<Show> show = new Select<>();
    private final Span count = new Span();
    private final Grid<CurationItem> grid = new Grid<>();
    private final Div detail = new Div();
    private final ListWithDetail split = new ListWithDetail(grid, detail, 50, 45);
    private List<CurationItem> items = List.of();
    private String selectedKey;

    CurationView(CurationService curation) {
        this.curation = Injected.of(CurationService.class, curation);
        setSizeFull();
        setSpacing(false);
        H2 title = new H2("Curation");
        title.addClassNames("text-xl", "m-0");
        show.setLabel("Show");
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> s.label);
        show.setValue(Show.ATTENTION);
        show.addValueChangeListener(e -> refresh());
        count.addClassName("text-secondary");
        FlexLayout top = new FlexLayout(title, show, count);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("gap", "0 var(--lumo-space-m)");
        Paragraph about = new Paragraph("Questions learners reported, and those whose statistics flag them (negative "
                + "discrimination; facility under 20% or over 95% with at least " + curation.minAnswers()
                + " answers). Retire a question to stop serving it, or edit it: the edited copy is served and exported in "
                + "its place. Tests and practice already taken keep the questions they had.");
        about.addClassNames("text-secondary", "text-s", "m-0");

        grid.addColumn(LitRenderer.<CurationItem>of("""
                        <div style="line-height:var(--lumo-line-height-xs);min-width:0">
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${item.stem}</div>
                          <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:var(--lumo-font-size-xs);color:var(--lumo-secondary-text-color)">${item.kind}</div>
                        </div>""")
                        .withProperty("stem", item -> item.question().stem().replaceAll("\\s*\\R\\s*", " "))
                        .withProperty("kind", item -> Names.area(item.question().area()) + " · "
                                + Names.type(item.question().type()) + " · " + item.key()))
                .setHeader("Question").setKey("question").setFlexGrow(1).setWidth("14rem")
                .setTooltipGenerator(item -> item.question().stem());
        grid.addColumn(item -> item.status().label() + (item.stale() ? " · stale" : "")).setHeader("Status")
                .setKey("status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(CurationView::why).setHeader("Why").setKey("why").setWidth("14rem").setFlexGrow(0)
                .setTooltipGenerator(CurationView::why);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Questions to curate");
        grid.setSizeFull();
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(item -> showDetail(item.key())));
        grid.setEmptyStateText("Nothing to look at here.");

        detail.addClassName("curation-detail");
        detail.getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("box-sizing", "border-box");
        add(top, about, split);
        setFlexGrow(1, split);
        refresh();
    }

    /** Reported 2× (wrong key), facility 12% …, stale. */
    static String why(CurationItem item) {
        List<String> reasons = new ArrayList<>();
        if (!item.reports().isEmpty()) {
            Map<String, Long> kinds = item.reports().stream().collect(Collectors.groupingBy(
                    r -> r.problem().label().toLowerCase(Locale.ROOT), java.util.LinkedHashMap::new, Collectors.counting()));
            reasons.add("reported " + item.reports().size() + "× (" + kinds.entrySet().stream()
                    .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey()).collect(Collectors.joining("; ")) + ")");
        }
        reasons.addAll(item.flags());
        if (item.stale()) {
            reasons.add("the generated question has changed since");
        }
        if (item.status() == Status.NOT_IN_BANK) {
            reasons.add("no longer generated");
        }
        return String.join("; ", reasons);
    }

    void refresh() {
        items = curation.get().items();
        Show filter = Optional.ofNullable(show.getValue()).orElse(Show.ATTENTION);
        List<CurationItem> shown = items.stream().filter(filter.admits).toList();
        grid.setItems(shown);
        count.setText(shown.size() + (shown.size() == 1 ? " question" : " questions"));
        Optional<CurationItem> still = shown.stream().filter(item -> item.key().equals(selectedKey)).findFirst();
        if (still.isPresent()) {
            grid.select(still.get());
            showDetail(still.get().key());
        } else {
            showDetail(null);
        }
    }

    List<CurationItem> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    Optional<CurationItem> selected() {
        return items.stream().filter(item -> item.key().equals(selectedKey)).findFirst();
    }

    private void showDetail(String key) {
        selectedKey = key;
        detail.removeAll();
        Optional<CurationItem> found = selected();
        split.showDetail(found.isPresent());
        found.ifPresent(item -> detail.add(CurationDetail.of(item, new CurationActions(curation.get(), item, this::refresh),
                curation.get().history(item.key()))));
    }

    /** The question shown in the detail, for tests. */
    Optional<Question> detailQuestion() {
        return selected().map(CurationItem::question);
    }
}
