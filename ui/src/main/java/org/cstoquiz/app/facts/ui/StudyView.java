package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.grid.Grid;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.facts.FactDetails;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Fact;

@Route("study")
@PageTitle("Study the facts")
@Menu(order = 10, title = "Study facts", icon = "vaadin:book")
@PermitAll
class StudyView extends VerticalLayout {

    /** Below this window width the kind and area columns give their room to the fact (the card shows both). */
    private static final int NARROW = 600;

    private final Injected<FactCatalog> catalog;
    private final OrganizationSelect pack;
    private final Select<Area> area = FactFilters.areaSelect();
    private final TextField search = new TextField("Search");
    private final Span count = new Span();
    private final Grid<FactRow> grid = new Grid<>();

    /**
     * A fact as the grid lists it: its id and the words of its columns. The session keeps the rows of
     * the grid, so they hold no more than that; a fact's card looks the fact up by its id.
     */
    record FactRow(String id, String label, String kind, String area) implements java.io.Serializable {

        static FactRow of(Fact fact) {
            return new FactRow(fact.id(), fact.label(), FactDetails.kindName(fact), Names.area(fact.area()));
        }
    }

    StudyView(FactCatalog catalog) {
        this.catalog = Injected.of(FactCatalog.class, catalog);
        this.pack = FactFilters.packSelect(catalog);
        setSizeFull();

        search.setPlaceholder("e.g. Tashkent, Secretary General, 1992");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        pack.addValueChangeListener(e -> refresh());

        grid.addColumn(FactRow::label).setHeader("Fact").setKey("fact").setFlexGrow(4);
        Grid.Column<FactRow> kind = grid.addColumn(FactRow::kind).setHeader("Kind").setKey("kind")
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<FactRow> areaColumn = grid.addColumn(FactRow::area).setHeader("Area")
                .setKey("area").setAutoWidth(true).setFlexGrow(0);
        addAttachListener(attach -> {
            ExtendedClientDetails window = attach.getUI().getPage().getExtendedClientDetails();
            if (window != null) {
                fitColumns(window.getWindowInnerWidth(), kind, areaColumn);
            }
            var resizing = attach.getUI().getPage().addBrowserWindowResizeListener(
                    resize -> fitColumns(resize.getWidth(), kind, areaColumn));
            addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> new FactCard(this.catalog.get(), packId(),
                this.catalog.get().pack(packId()).find(row.id()).orElseThrow())));
        // Toggled on the server so that keyboard activation and tests behave like a mouse click.
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Facts");
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(pack, area, search, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Study the facts"),
                new Span("Every fact with the words of its source. Select a fact to read its citations and, "
                        + "where sources disagree, each reading."),
                filters, grid);
        refresh();
    }

    private static void fitColumns(int windowWidth, Grid.Column<?>... extra) {
        boolean wide = windowWidth <= 0 || windowWidth >= NARROW; // 0: the browser has not told its width
        for (Grid.Column<?> column : extra) {
            column.setVisible(wide);
        }
    }

    private String packId() {
        return pack.packId();
    }

    private void refresh() {
        List<FactRow> facts = catalog.get().search(packId(), Optional.ofNullable(area.getValue()), search.getValue())
                .stream().map(FactRow::of).toList();
        grid.setItems(facts);
        count.setText(facts.size() == 1 ? "1 fact" : facts.size() + " facts");
    }
}
