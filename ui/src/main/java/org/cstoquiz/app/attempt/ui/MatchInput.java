package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Response;

/** A select per prompt, offering every choice: matching questions. */
public final class MatchInput extends AnswerInput {
    /** Field labels are cut to one line by default; a prompt is read whole, so its label wraps. */
    private static final String WRAPPED_LABELS =
            ".match-answer vaadin-select::part(label) { white-space: normal; line-height: var(--lumo-line-height-s); }";

    private final Map<Prompt, Select<Choice>> selects = new LinkedHashMap<>();

    MatchInput(List<Prompt> prompts, List<Choice> choices) {
        addClassName("match-answer");
        getElement().appendChild(new Element("style").setText(WRAPPED_LABELS));
        for (Prompt prompt : prompts) {
            Select<Choice> select = new Select<>();
            select.setLabel(prompt.id() + ". " + prompt.text());
            select.setItems(choices);
            select.setItemLabelGenerator(choice -> choice == null ? AnswerWords.NO_ANSWER : label(choice));
            select.setPlaceholder(AnswerWords.MATCH_PLACEHOLDER);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(AnswerWords.NO_ANSWER);
            select.setWidth("min(100%, 28rem)");
            select.addValueChangeListener(change -> changed());
            selects.put(prompt, select);
            add(new Div(select));
        }
    }

    @Override
    public Response response() {
        Map<String, String> pairs = new LinkedHashMap<>();
        selects.forEach((prompt, select) -> {
            if (select.getValue() != null) {
                pairs.put(prompt.id(), select.getValue().id());
            }
        });
        return Response.match(pairs);
    }

    @Override
    void display(Response response) {
        if (response instanceof Response.MatchAnswer answer) {
            selects.forEach((prompt, select) -> {
                String chosen = answer.promptToChoice().get(prompt.id());
                select.getListDataView().getItems().filter(choice -> choice != null && choice.id().equals(chosen))
                        .findFirst().ifPresent(select::setValue);
            });
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        selects.values().forEach(select -> select.setReadOnly(readOnly));
    }

    @Override
    public void focusInput() {
        FocusWhenDrawn.focus(getElement(), "host.querySelector('vaadin-select')");
    }
}
