package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.cstoquiz.app.base.ui.BrowserTimeZone;

/** The browser's time zone as a {@link ZoneId}, once known; a zone Java does not know is ignored. */
final class BrowserZone {

    private BrowserZone() {
    }

    static void whenKnown(UI ui, SerializableConsumer<ZoneId> receiver) {
        BrowserTimeZone.whenKnown(ui, id -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException unknown) {
                return;
            }
            receiver.accept(zone);
        });
    }
}
