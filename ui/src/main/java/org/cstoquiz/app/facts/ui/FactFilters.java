package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.select.Select;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.domain.Area;
import org.cstoquiz.app.facts.FactCatalog;

/** The organization and area pickers shared by the study and timeline views. */
final class FactFilters {

    private FactFilters() {
    }

    static Select<Area> areaSelect() {
        Select<Area> area = new Select<>();
        area.setLabel("Area");
        area.setItems(Area.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("All areas");
        area.setItemLabelGenerator(value -> value == null ? "All areas" : Names.area(value));
        return area;
    }

    static OrganizationSelect packSelect(FactCatalog catalog) {
        return new OrganizationSelect(catalog.packs()).choose(catalog.primary().pack().id());
    }
}
