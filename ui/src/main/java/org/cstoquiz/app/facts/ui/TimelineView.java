package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.grid.Grid;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Event;

@Route("timeline")
@PageTitle("Timeline")
@Menu(order = 11, title = "Timeline", icon = "vaadin:calendar-clock")
@PermitAll
class TimelineView extends VerticalLayout {

    private final Injected<FactCatalog> catalog;
    private final OrganizationSelect pack;
    private final Select<EventCategory> category = new Select<>();
    private final Span count = new Span();
    private final Grid<EventRow> grid = new Grid<>();

    /**
     * An event as the timeline lists it: its id, kind and the words of its columns. The session keeps
     * the rows of the grid, so they hold no more than that; an event's card looks it up by its id.
     */
    record EventRow(String id, EventCategory category, String date, String title) implements java.io.Serializable {

        static EventRow of(Event event) {
            return new EventRow(event.id(), event.category(), event.date().display(), event.title());
        }
    }

    TimelineView(FactCatalog catalog) {
        this.catalog = Injected.of(FactCatalog.class, catalog);
        this.pack = FactFilters.packSelect(catalog);
        setSizeFull();
        category.setLabel("Kind of event");
        category.setItems(EventCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All events");
        category.setItemLabelGenerator(TimelineView::categoryName);
        category.addValueChangeListener(e -> refresh());
        pack.addValueChangeListener(e -> refresh());

        grid.addColumn(EventRow::date).setHeader("Date").setKey("date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventRow::title).setHeader("Event").setKey("event").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> new FactCard(this.catalog.get(), pack.packId(),
                this.catalog.get().pack(pack.packId()).find(row.id()).orElseThrow())));
        // Toggled on the server so that keyboard activation and tests behave like a mouse click.
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Timeline");
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(pack, category, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Timeline"), new Span("Dated events in order, at the precision the sources give them."),
                filters, grid);
        refresh();
    }

    private void refresh() {
        List<EventRow> events = catalog.get().timeline(pack.packId(), Optional.ofNullable(category.getValue()))
                .stream().map(EventRow::of).toList();
        grid.setItems(events);
        count.setText(events.size() == 1 ? "1 event" : events.size() + " events");
    }

    static String categoryName(EventCategory category) {
        if (category == null) {
            return "All events";
        }
        return Names.words(category.name());
    }
}
