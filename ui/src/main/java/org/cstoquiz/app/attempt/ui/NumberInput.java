package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import org.cstoquiz.engine.question.Response;

/** A number typed into a number field: numeric questions. */
public final class NumberInput extends TypedInput<NumberField> {

    NumberInput() {
        super(new NumberField(AnswerWords.YOUR_ANSWER));
        field.setPlaceholder(AnswerWords.A_NUMBER);
    }

    @Override
    void take(String typed) {
        if (typed.isBlank()) {
            field.clear();
            return;
        }
        try {
            field.setValue(Double.valueOf(typed.strip()));
        } catch (NumberFormatException notANumber) {
            // the field shows it as invalid; what it held before stays
        }
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.NumberAnswer answer) {
            field.setValue(answer.value().doubleValue());
        }
    }

    @Override
    public Response response() {
        Double value = field.getValue();
        if (value == null || value.isNaN() || value.isInfinite()) {
            return Response.BLANK;
        }
        return new Response.NumberAnswer(new BigDecimal(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()));
    }
}
