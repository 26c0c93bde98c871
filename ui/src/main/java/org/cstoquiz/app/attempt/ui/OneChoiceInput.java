package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Response;

/** One option of several, as radio buttons: single choice, statements, assertion-reason. */
public final class OneChoiceInput extends ChosenInput<RadioButtonGroup<Choice>> {
    private final List<Choice> choices;

    OneChoiceInput(List<Choice> choices) {
        super(new RadioButtonGroup<>(AnswerWords.YOUR_ANSWER));
        this.choices = List.copyOf(choices);
        group.setItems(this.choices);
        group.setItemLabelGenerator(AnswerInput::label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    }

    @Override
    public Response response() {
        return group.getValue() == null ? Response.BLANK : Response.select(group.getValue().id());
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.Selection selection) {
            choices.stream().filter(choice -> selection.choiceIds().contains(choice.id())).findFirst()
                    .ifPresent(group::setValue);
        }
    }

    @Override
    public int keyedOptions() {
        return choices.size();
    }

    @Override
    public void choose(int position) {
        if (!group.isReadOnly() && position <= choices.size()) {
            group.setValue(choices.get(position - 1));
        }
    }
}
