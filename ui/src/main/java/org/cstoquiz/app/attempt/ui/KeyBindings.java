package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The keys of the question shown, registered together and removed together when it changes. */
public final class KeyBindings {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
        Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
    private static final Key[] LETTERS = {Key.KEY_A, Key.KEY_B, Key.KEY_C, Key.KEY_D, Key.KEY_E, Key.KEY_F,
        Key.KEY_G, Key.KEY_H, Key.KEY_I};

    private final List<ShortcutRegistration> registrations = new ArrayList<>();

    /** {@code key} anywhere in {@code scope} runs {@code action}. */
    public ShortcutRegistration on(Component scope, Key key, Runnable action) {
        ShortcutRegistration registration = Shortcuts.addShortcutListener(scope, action::run, key);
        registrations.add(registration);
        return registration;
    }

    /**
     * 1–9 and A–I choose the options of {@code input} by position, T and F true and false; a key in
     * {@code reserved} is left for something else.
     */
    public void choices(Component scope, AnswerInput input, Set<Key> reserved) {
        int options = Math.min(input.keyedOptions(), DIGITS.length);
        for (int i = 0; i < options; i++) {
            int position = i + 1;
            on(scope, DIGITS[i], () -> input.choose(position));
            if (!reserved.contains(LETTERS[i])) {
                on(scope, LETTERS[i], () -> input.choose(position));
            }
        }
        if (input instanceof AnswerInput.TrueOrFalse) {
            on(scope, Key.KEY_T, () -> input.choose(1));
            if (!reserved.contains(Key.KEY_F)) {
                on(scope, Key.KEY_F, () -> input.choose(2));
            }
        }
    }

    /** Removes every key registered so far. */
    public void clear() {
        registrations.forEach(ShortcutRegistration::remove);
        registrations.clear();
    }
}
