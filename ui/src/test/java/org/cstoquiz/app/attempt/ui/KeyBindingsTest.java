package org.cstoquiz.app.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A key press the page sent before it learnt of the screen's new keys does nothing; one sent after does what the key now does. */
class KeyBindingsTest {

    private UI ui;
    private final Div screen = new Div();
    private final KeyBindings keys = new KeyBindings();
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void aScreenInAPage() {
        ui = new UI();
        UI.setCurrent(ui);
        ui.add(screen);
    }

    @AfterEach
    void noPage() {
        UI.setCurrent(null);
    }

    /** {@code key} pressed, with the filters the page had at this moment evaluated as passing. */
    private ObjectNode pressedNow(String key) {
        ObjectNode data = JacksonUtils.createObjectNode();
        listeners().getExpressions("keydown").forEach(expression -> data.put(expression, true));
        data.put(KeyBindings.KEY, key);
        data.put(KeyBindings.BOUND_DATA, ui.getElement().getProperty(KeyBindings.BOUND));
        return data;
    }

    private void arrive(ObjectNode data) {
        listeners().fireEvent(new DomEvent(ui.getElement(), "keydown", data));
    }

    private ElementListenerMap listeners() {
        return ui.getElement().getNode().getFeature(ElementListenerMap.class);
    }

    @Test
    void aSecondEnterSentBeforeTheFeedbacksKeysArrivedDoesNotGoOn() {
        keys.on(screen, "Enter", () -> ran.add("submit"));
        ObjectNode first = pressedNow("Enter");
        ObjectNode second = pressedNow("Enter");

        arrive(first);
        // the submit shows the feedback, where Enter goes on
        keys.clear();
        keys.on(screen, "Enter", () -> ran.add("next"));
        arrive(second);
        assertThat(ran).containsExactly("submit");

        arrive(pressedNow("Enter"));
        assertThat(ran).containsExactly("submit", "next");
    }

    @Test
    void eachKeyRunsWhatItIsBoundToAndUnboundKeysNothing() {
        keys.on(screen, "n", () -> ran.add("next"));
        keys.on(screen, "p", () -> ran.add("previous"));
        arrive(pressedNow("p"));
        arrive(pressedNow("n"));
        arrive(pressedNow("x"));
        assertThat(ran).containsExactly("previous", "next");
    }

    @Test
    void thePageFilterIsTheSameTextWhateverTheKeys() {
        keys.on(screen, "Enter", () -> ran.add("submit"));
        String first = listeners().getExpressions("keydown").toString();
        keys.clear();
        keys.on(screen, "n", () -> ran.add("next"));
        keys.on(screen, "1", () -> ran.add("first"));
        assertThat(listeners().getExpressions("keydown").toString()).isEqualTo(first);
        assertThat(ui.getElement().getProperty(KeyBindings.BOUND)).isEqualTo("1\nn\n1");
    }
}
