package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys of a screen: pressed anywhere on the page while the screen is shown, they run its actions.
 * They never fire while the learner is in a field, a dropdown, a date picker or a dialog (typing
 * "1/15/2027" chooses nothing), never with Ctrl, Alt or Meta held (the browser's own keys stay), never
 * for a key held down (one press, one action), and Enter or Space on a button, a link or a
 * disclosure does what that control does, not what the screen binds to Enter. A key that runs an
 * action does nothing else in the browser.
 *
 * <p>Keys are named as {@code KeyboardEvent.key} names them, letters in lower case ("n", "1",
 * "Enter"), with "Shift+" before an upper-case letter for Shift and a letter ("Shift+F").
 */
public final class KeyBindings implements java.io.Serializable {

    /** The key pressed, as this class names it. */
    static final String KEY = "(event.shiftKey && event.key.length === 1 && event.key.toLowerCase() !== event.key.toUpperCase()"
            + " ? 'Shift+' + event.key.toUpperCase() : event.key.length === 1 ? event.key.toLowerCase() : event.key)";

    /** Where the learner is typing or choosing from a list: no key of the screen fires there. */
    private static final String IN_A_FIELD = "event.composedPath().some(n => n instanceof Element && ("
            + "(n.matches('input, textarea, select, [contenteditable]:not([contenteditable=false])')"
            + " && !n.matches('input[type=radio], input[type=checkbox]'))"
            + " || n.matches('vaadin-text-field, vaadin-number-field, vaadin-integer-field, vaadin-big-decimal-field,"
            + " vaadin-text-area, vaadin-password-field, vaadin-email-field, vaadin-select, vaadin-combo-box,"
            + " vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-date-time-picker, vaadin-time-picker,"
            + " [role=listbox], [role=combobox], [role=menu], [role=dialog], [role=alertdialog]')))";

    /** Enter and Space on a control that acts on them itself. */
    private static final String ON_A_CONTROL = "(event.key === 'Enter' || event.key === ' ') && event.composedPath()"
            + ".some(n => n instanceof Element && n.matches('button, a[href], summary, [role=button], [role=link],"
            + " [role=tab], vaadin-button, vaadin-details-summary, vaadin-side-nav-item'))";

    private final Map<String, SerializableRunnable> actions = new LinkedHashMap<>();
    /**
     * Counts the times the keys were cleared. It is part of the filter the browser evaluates, so a key
     * pressed before the page learnt of the new keys (a second Enter straight after the one that
     * submitted) matches no filter on the server and does nothing, rather than what Enter does now.
     */
    private int generation;
    private DomListenerRegistration listener;
    private Registration detach;

    /** {@code key} runs {@code action} while {@code screen} is attached. */
    public void on(Component screen, String key, SerializableRunnable action) {
        actions.put(key, action);
        listen(screen);
    }

    /**
     * The keys that choose the options of {@code input} ({@link AnswerInput#choiceKeys}: 1–9 and A–I by
     * position, T and F true and false) choose them; a key in {@code reserved} is left for something else.
     */
    public void choices(Component screen, AnswerInput input, Set<String> reserved) {
        input.choiceKeys().forEach((key, position) -> {
            if (!reserved.contains(key)) {
                on(screen, key, () -> input.choose(position));
            }
        });
    }

    /** Removes every key registered so far. */
    public void clear() {
        actions.clear();
        generation++;
        if (listener != null) {
            listener.setFilter(filter());
        }
    }

    private void listen(Component screen) {
        if (listener == null) {
            screen.getElement().getNode().runWhenAttached(ui -> attach(ui, screen));
        } else {
            listener.setFilter(filter());
        }
    }

    private void attach(UI ui, Component screen) {
        if (listener != null) {
            listener.setFilter(filter());
            return;
        }
        listener = ui.getElement().addEventListener("keydown", this::pressed)
                .addEventData(KEY)
                .setFilter(filter());
        detach = screen.addDetachListener(event -> {
            listener.remove();
            listener = null;
            detach.remove();
            detach = null;
        });
    }

    private void pressed(DomEvent event) {
        SerializableRunnable action = actions.get(event.getEventData().get(KEY).asString());
        if (action != null) {
            action.run();
        }
    }

    /** True for a key bound here, pressed where keys of the screen apply; it then does nothing else in the browser. */
    private String filter() {
        if (actions.isEmpty()) {
            return "false";
        }
        String keys = actions.keySet().stream().map(key -> "'" + key.replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        return "/* keys " + generation + " */ (" + keys + ".includes(" + KEY + ") && !event.ctrlKey && !event.metaKey && !event.altKey"
                + " && !event.repeat && !event.isComposing && !(" + IN_A_FIELD + ") && !(" + ON_A_CONTROL + ")"
                + " && (event.preventDefault(), true))";
    }
}
