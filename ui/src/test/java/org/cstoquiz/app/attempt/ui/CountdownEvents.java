package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.Stream;

/** What the browser's countdown sends the server, for view tests that run without a browser. */
public final class CountdownEvents {

    private CountdownEvents() {
    }

    /** The browser's count of the countdown shown reached zero. */
    public static void countdownReachesZero() {
        fire(Countdown.TICK_EVENT);
    }

    /** The browser's heartbeat: the server shows the time left as it sees it. */
    public static void heartbeat() {
        fire(Countdown.TICK_EVENT);
    }

    private static void fire(String type) {
        List<Countdown> shown = descendants(UI.getCurrent()).filter(Countdown.class::isInstance)
                .map(Countdown.class::cast).toList();
        if (shown.size() != 1) {
            throw new AssertionError("expected one countdown on the page, found " + shown.size());
        }
        Element element = shown.getFirst().getElement();
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, type, JacksonUtils.createObjectNode()));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(CountdownEvents::descendants));
    }
}
