package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cstoquiz.engine.question.Response;

/** True or false, as two radio buttons. */
public final class TrueOrFalseInput extends ChosenInput<RadioButtonGroup<Boolean>> {

    TrueOrFalseInput() {
        super(new RadioButtonGroup<>(AnswerWords.YOUR_ANSWER));
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? "True" : "False");
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.TrueFalseAnswer answer) {
            group.setValue(answer.value());
        }
    }

    @Override
    public Response response() {
        return group.getValue() == null ? Response.BLANK : Response.trueFalse(group.getValue());
    }

    @Override
    public int keyedOptions() {
        return 2;
    }

    @Override
    public void choose(int position) {
        if (!group.isReadOnly() && position <= 2) {
            group.setValue(position == 1);
        }
    }
}
