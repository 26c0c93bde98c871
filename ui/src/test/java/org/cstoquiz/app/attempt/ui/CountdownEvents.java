package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** What the browser's countdown sends the server, for view tests that run without a browser. */
public final class CountdownEvents {

    private CountdownEvents() {
    }

    /** The browser's count of {@code countdown} reached zero. */
    public static void zero(Countdown countdown) {
        fire(countdown, Countdown.ZERO_EVENT);
    }

    /** The browser's heartbeat of {@code countdown}. */
    public static void heartbeat(Countdown countdown) {
        fire(countdown, Countdown.SYNC_EVENT);
    }

    private static void fire(Countdown countdown, String type) {
        Element element = countdown.getElement();
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, type, JacksonUtils.createObjectNode()));
    }
}
