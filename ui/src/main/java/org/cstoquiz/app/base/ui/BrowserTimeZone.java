package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The time zone the learner's browser is set to (an IANA id such as "Asia/Almaty"). The browser
 * reports it when the page starts; where it has not yet, it is asked for.
 */
public final class BrowserTimeZone {

    private BrowserTimeZone() {
    }

    /** Hands the zone id to {@code receiver} now if known, else once the browser has said it. */
    public static void whenKnown(UI ui, SerializableConsumer<String> receiver) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        String zone = details.getTimeZoneId();
        if (zone != null && !zone.isBlank()) {
            receiver.accept(zone);
        } else {
            details.refresh(fetched -> {
                String id = fetched.getTimeZoneId();
                if (id != null && !id.isBlank()) {
                    receiver.accept(id);
                }
            });
        }
    }
}
