package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * The page property that holds the keys bound now, after the number of times they were cleared,
     * one a line. The browser's filter reads the keys from it, so the filter is the same text for
     * every screen and every set of keys (the page keeps each distinct listener setting it was sent for
     * as long as it lives), and a press sends the property back: a key pressed before the page learnt
     * of the new keys (a second Enter straight after the one that submitted) carries the old value and
     * does nothing, rather than what Enter does now. One screen at a time binds keys on a page (the
     * screen shown), so one property serves them all.
     */
    static final String BOUND = "quizKeys";
    /** What a press sends of the keys the page knew of when it was pressed. */
    static final String BOUND_DATA = "element." + BOUND;

    /** True for a key bound now, pressed where keys of the screen apply; it then does nothing else in the browser. */
    private static final String FILTER = "((element." + BOUND + " || '').split('\\n').slice(1).includes(" + KEY + ")"
            + " && !event.ctrlKey && !event.metaKey && !event.altKey"
            + " && !event.repeat && !event.isComposing && !(" + IN_A_FIELD + ") && !(" + ON_A_CONTROL + ")"
            + " && (event.preventDefault(), true))";

    private final Map<String, SerializableRunnable> actions = new LinkedHashMap<>();
    /** How many times the keys were cleared: part of what the page is told, so an older press is told apart. */
    private int generation;
    private DomListenerRegistration listener;
    /** The page the keys are bound on, while they are. */
    private Element page;
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
            tellThePage();
        }
    }

    private void listen(Component screen) {
        if (listener == null) {
            screen.getElement().getNode().runWhenAttached(ui -> attach(ui, screen));
        } else {
            tellThePage();
        }
    }

    private void attach(UI ui, Component screen) {
        if (listener != null) {
            tellThePage();
            return;
        }
        page = ui.getElement();
        listener = page.addEventListener("keydown", this::pressed)
                .addEventData(KEY)
                .addEventData(BOUND_DATA)
                .setFilter(FILTER);
        tellThePage();
        detach = screen.addDetachListener(event -> {
            listener.remove();
            listener = null;
            page = null;
            detach.remove();
            detach = null;
        });
    }

    private void tellThePage() {
        page.setProperty(BOUND, bound());
    }

    private void pressed(DomEvent event) {
        var told = event.getEventData().get(BOUND_DATA);
        if (told == null || !bound().equals(told.asString())) {
            return;
        }
        SerializableRunnable action = actions.get(event.getEventData().get(KEY).asString());
        if (action != null) {
            action.run();
        }
    }

    /** The keys bound now as the page is told them: the generation, then each key, one a line. */
    String bound() {
        return generation + "\n" + String.join("\n", actions.keySet());
    }
}
