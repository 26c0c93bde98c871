package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * An answer typed into one field, which takes the focus. It reaches the server as it is typed (after
 * a short pause), and Enter in the field sends what the field holds before anything is done with it.
 */
abstract sealed class TypedInput<F extends Component & HasValue<?, ?> & Focusable<?>> extends AnswerInput
        permits NumberInput, TextInput {

    /** How long a typed answer waits after the last key before it reaches the server. */
    static final int SAVE_AFTER_MILLIS = 400;

    /** The field's text as the browser had it when Enter was pressed (a typed value may still be on its way). */
    private static final String TYPED = "element.value";

    final F field;

    TypedInput(F field) {
        this.field = field;
        ((HasValueChangeMode) field).setValueChangeMode(ValueChangeMode.LAZY);
        ((HasValueChangeMode) field).setValueChangeTimeout(SAVE_AFTER_MILLIS);
        field.addValueChangeListener(change -> changed());
        add(field);
    }

    @Override
    public void onEnter(SerializableRunnable action) {
        field.getElement().addEventListener("keydown", event -> {
                    take(event.getEventData().path(TYPED).asString(""));
                    action.run();
                })
                .setFilter("event.key === 'Enter' && !event.isComposing && !event.repeat")
                .addEventData(TYPED);
    }

    /** Takes the text the field showed as its value. */
    abstract void take(String typed);

    @Override
    public boolean typed() {
        return true;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    @Override
    public void focusInput() {
        FocusWhenDrawn.focus(field.getElement(), "host");
    }
}
