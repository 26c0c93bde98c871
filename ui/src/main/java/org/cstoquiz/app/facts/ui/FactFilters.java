package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
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
        area.setItemLabelGenerator(FactFilters::areaName);
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

    static String areaName(Area area) {
        if (area == null) {
            return "All areas";
        }
        String name = area.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
