package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.cstoquiz.engine.question.Response;

/** A few words typed into a text field: short answer questions. */
public final class TextInput extends TypedInput<TextField> {

    static final int LONGEST = 200;

    TextInput() {
        super(new TextField(AnswerWords.YOUR_ANSWER));
        field.setMaxLength(LONGEST);
        field.setWidth("min(100%, 28rem)");
    }

    @Override
    void take(String typed) {
        field.setValue(typed.length() > LONGEST ? typed.substring(0, LONGEST) : typed);
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.TextAnswer answer) {
            field.setValue(answer.text());
        }
    }

    @Override
    public Response response() {
        return Response.text(field.getValue());
    }
}
