package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The review screen's keys, as Anki has them: Space or Enter shows the answer, 1–4 rate, plus 1–9
 * and A–I to choose an option, N to skip, U or Ctrl+Z to undo. A few lines in the page catch them
 * and hand the view the key; keys pressed in a field, a dropdown or a date picker (and everything
 * in the settings) are left alone, except Enter in a typed answer, which checks it. Enter and Space
 * on a button are the button's own.
 */
final class ReviewKeys {

    static final String EVENT = "review-key";

    private static final String INSTALL = """
            const view = this;
            if (view.$reviewKeys) {
              document.removeEventListener('keydown', view.$reviewKeys);
            }
            const FIELDS = 'input:not([type=radio]):not([type=checkbox]):not([type=button]), textarea,'
                + ' [contenteditable]:not([contenteditable=false]), vaadin-text-field, vaadin-number-field,'
                + ' vaadin-integer-field, vaadin-text-area, vaadin-password-field, vaadin-email-field';
            const PICKERS = 'select, vaadin-date-picker, vaadin-date-time-picker, vaadin-time-picker, vaadin-select,'
                + ' vaadin-combo-box, vaadin-multi-select-combo-box, .review-settings';
            const CLICKABLE = 'button, vaadin-button, a[href]';
            const TOGGLES = 'vaadin-radio-button, vaadin-checkbox, input[type=radio], input[type=checkbox]';
            const KEYS = new Set(['Enter', ' ', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 't', 'n', 'u']);
            view.$reviewKeys = e => {
              if (!view.isConnected) {
                document.removeEventListener('keydown', view.$reviewKeys);
                return;
              }
              if (e.defaultPrevented || e.altKey || e.metaKey || e.isComposing || e.repeat) {
                return;
              }
              let key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
              if (e.ctrlKey) {
                if (key !== 'z') {
                  return;
                }
                key = 'undo';
              } else if (!KEYS.has(key)) {
                return;
              }
              const path = e.composedPath().filter(node => node instanceof Element);
              const within = selector => path.some(node => node.matches(selector));
              if (path.some(node => node.localName.endsWith('-overlay')) || within(PICKERS)) {
                return;
              }
              if (within(FIELDS) && !(key === 'Enter' && within('.answer-input'))) {
                return;
              }
              if ((key === 'Enter' || key === ' ') && within(CLICKABLE)) {
                return;
              }
              if (key === ' ' && within(TOGGLES)) {
                return;
              }
              e.preventDefault();
              // After the key's own work (a field commits its value on Enter), so the value reaches the server first.
              setTimeout(() => view.dispatchEvent(new CustomEvent('%s', { detail: key })));
            };
            document.addEventListener('keydown', view.$reviewKeys);
            """.formatted(EVENT);

    private ReviewKeys() {
    }

    /** Catches the keys in the page while {@code view} is on it; call on every attach. */
    static void install(Component view) {
        view.getElement().executeJs(INSTALL);
    }

    /** Hands {@code onKey} each key caught: "Enter", " ", "1", "a", "n", "u", or "undo" for Ctrl+Z. */
    static Registration listen(Component view, SerializableConsumer<String> onKey) {
        return view.getElement().addEventListener(EVENT, event -> onKey.accept(event.getEventDetail(String.class)))
                .addEventDetail();
    }
}
