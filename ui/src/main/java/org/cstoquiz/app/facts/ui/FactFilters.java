package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.select.Select;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.app.facts.FactCatalog;

/** The pack and area pickers shared by the study and timeline views. */
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

    static Select<PackInfo> packSelect(FactCatalog catalog) {
        Select<PackInfo> pack = new Select<>();
        pack.setLabel("Fact pack");
        pack.setItems(catalog.packs());
        pack.setItemLabelGenerator(p -> p == null ? "" : p.name());
        pack.setValue(catalog.primary().pack());
        pack.setVisible(catalog.packs().size() > 1);
        return pack;
    }
}
