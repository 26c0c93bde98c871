package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.cstoquiz.domain.PackInfo;

/**
 * Which organization's facts and questions a screen shows, one loaded pack each. Shown only when
 * several packs are loaded; with one there is nothing to choose.
 */
public class OrganizationSelect extends Select<PackInfo> {

    private final List<PackInfo> packs;

    /** Offers {@code packs}, the first chosen. */
    public OrganizationSelect(List<PackInfo> packs) {
        this.packs = List.copyOf(packs);
        setLabel("Organization");
        setItems(this.packs);
        setItemLabelGenerator(pack -> pack == null ? "" : pack.name());
        setVisible(this.packs.size() > 1);
        if (!this.packs.isEmpty()) {
            setValue(this.packs.getFirst());
        }
    }

    /** Chooses the pack whose id is {@code id}, or the first when none is (an unknown or no id). */
    public OrganizationSelect choose(Object id) {
        setValue(packs.stream().filter(pack -> pack.id().equals(id)).findFirst().orElse(packs.getFirst()));
        return this;
    }

    /** The id of the chosen pack. */
    public String packId() {
        return getValue().id();
    }

    /** Runs {@code action} whenever another organization is chosen. */
    public void onChoice(SerializableConsumer<PackInfo> action) {
        addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(change.getOldValue())) {
                action.accept(change.getValue());
            }
        });
    }
}
