package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/** An answer chosen in one group of options, with the arrow keys or the number and letter keys. */
abstract sealed class ChosenInput<G extends Component & HasValue<?, ?>> extends AnswerInput
        permits OneChoiceInput, SeveralChoicesInput, TrueOrFalseInput {

    /** The input of the chosen option of a group of radio buttons or check boxes, or of the first. */
    private static final String OPTION_INPUT = "host.querySelector('vaadin-radio-button[checked] input, vaadin-checkbox[checked] input')"
            + " || host.querySelector('vaadin-radio-button input, vaadin-checkbox input')";

    final G group;

    ChosenInput(G group) {
        this.group = group;
        group.addValueChangeListener(change -> changed());
        add(group);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    @Override
    public void focusInput() {
        FocusWhenDrawn.focus(group.getElement(), OPTION_INPUT);
    }
}
