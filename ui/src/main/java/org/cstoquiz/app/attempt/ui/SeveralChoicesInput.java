package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Response;

/** Every option that applies, as check boxes: multiple response. */
public final class SeveralChoicesInput extends ChosenInput<CheckboxGroup<Choice>> {
    private final List<Choice> choices;

    SeveralChoicesInput(List<Choice> choices) {
        super(new CheckboxGroup<>(AnswerWords.EVERY_ONE_THAT_APPLIES));
        this.choices = List.copyOf(choices);
        group.setItems(this.choices);
        group.setItemLabelGenerator(AnswerInput::label);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.Selection selection) {
            group.setValue(choices.stream().filter(choice -> selection.choiceIds().contains(choice.id()))
                    .collect(Collectors.toSet()));
        }
    }

    @Override
    public Response response() {
        return Response.select(group.getValue().stream().map(Choice::id).toArray(String[]::new));
    }

    @Override
    public int keyedOptions() {
        return choices.size();
    }

    @Override
    public void choose(int position) {
        if (group.isReadOnly() || position > choices.size()) {
            return;
        }
        Set<Choice> chosen = new HashSet<>(group.getValue());
        Choice choice = choices.get(position - 1);
        if (!chosen.remove(choice)) {
            chosen.add(choice);
        }
        group.setValue(chosen);
    }
}
