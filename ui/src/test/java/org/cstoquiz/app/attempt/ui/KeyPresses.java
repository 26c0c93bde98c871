package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keys as the browser sends them after its own checks (the focus not in a field, no modifier), for
 * view tests that run without a browser; a browser journey checks those checks.
 */
public final class KeyPresses {

    private KeyPresses() {
    }

    /** {@code key} pressed on the page ("1", "n", "Enter", "Shift+F"), as {@link KeyBindings} names keys. */
    public static void press(String key) {
        Element page = UI.getCurrent().getElement();
        fire(page, KeyBindings.KEY, key, KeyBindings.BOUND_DATA, page.getProperty(KeyBindings.BOUND));
    }

    /** Enter pressed in a typed answer's field while it shows {@code text}. */
    public static void enterIn(Component field, String text) {
        fire(field.getElement(), "element.value", text);
    }

    private static void fire(Element element, String... expressionsAndValues) {
        ElementListenerMap listeners = element.getNode().getFeature(ElementListenerMap.class);
        ObjectNode data = JacksonUtils.createObjectNode();
        for (String expression : listeners.getExpressions("keydown")) {
            data.put(expression, true);
        }
        for (int i = 0; i < expressionsAndValues.length; i += 2) {
            data.put(expressionsAndValues[i], expressionsAndValues[i + 1]);
        }
        listeners.fireEvent(new DomEvent(element, "keydown", data));
    }
}
