package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * The input for one question, by type: radio buttons for one choice (single choice, statements,
 * assertion-reason, true/false), check boxes for multiple response, a number field, a text field,
 * up and down buttons for ordering and a select per prompt for matching. Every text is set as
 * text, never as HTML.
 */
public abstract sealed class AnswerInput extends Div {

    public static AnswerInput of(Question question) {
        AnswerInput input = switch (question.type()) {
            case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON -> new OneChoice(question.choices());
            case MULTIPLE_RESPONSE -> new SeveralChoices(question.choices());
            case TRUE_FALSE -> new TrueOrFalse();
            case NUMERIC -> new NumberAnswer();
            case SHORT_ANSWER -> new TextAnswer();
            case ORDERING -> new OrderAnswer(question.choices());
            case MATCHING -> new MatchAnswer(question.prompts(), question.choices());
        };
        input.addClassName("answer-input");
        return input;
    }

    /** What the learner has given so far; {@link Response#BLANK} or an empty shape when nothing. */
    public abstract Response response();

    /** How many options the number and letter keys can choose (0 when they choose nothing). */
    public int keyedOptions() {
        return 0;
    }

    /** Chooses (or for check boxes toggles) option {@code position}, from 1. */
    public void choose(int position) {
    }

    /** Whether the learner types the answer (then letter keys must reach the field, not shortcuts). */
    public boolean typed() {
        return false;
    }

    /** What to do before submitting, for the hint shown when the learner submits nothing. */
    public String whatToDoFirst() {
        return typed() ? "Type an answer first" : "Choose an answer first";
    }

    /** What the keys do, for the hint under the question; empty when they do nothing here. */
    public String keyHint() {
        int options = Math.min(keyedOptions(), 9);
        return options == 0 ? "" : "1–" + options + " or A–" + (char) ('A' + options - 1) + " choose";
    }

    public abstract void setReadOnly(boolean readOnly);

    private Runnable changeListener = () -> { };
    private boolean showing;

    /** Runs {@code listener} whenever the learner changes the answer (not when {@link #show} sets it). */
    public void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    /** For the subclasses: the learner changed the answer. */
    void changed() {
        if (!showing) {
            changeListener.run();
        }
    }

    /** Puts a saved response back into the input; a blank or a response of another shape leaves it as it is. */
    public final void show(Response response) {
        showing = true;
        try {
            display(response);
        } finally {
            showing = false;
        }
    }

    public abstract void display(Response response);

    public abstract void focusInput();

    static String label(Choice choice) {
        return choice.id() + ". " + choice.text();
    }

    /** An answer chosen in one group of options; groups take no focus from the server, the number and letter keys choose instead. */
    abstract static sealed class Chosen<G extends Component & HasValue<?, ?>> extends AnswerInput
            permits OneChoice, SeveralChoices, TrueOrFalse {
        final G group;

        Chosen(G group) {
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
        }
    }

    /** An answer typed into one field, which takes the focus. */
    abstract static sealed class Typed<F extends Component & HasValue<?, ?> & Focusable<?>> extends AnswerInput
            permits NumberAnswer, TextAnswer {
        final F field;

        Typed(F field) {
            this.field = field;
            field.addValueChangeListener(change -> changed());
            add(field);
        }

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
            field.focus();
        }
    }

    public static final class OneChoice extends Chosen<RadioButtonGroup<Choice>> {
        private final List<Choice> choices;

        OneChoice(List<Choice> choices) {
            super(new RadioButtonGroup<>("Your answer"));
            this.choices = choices;
            group.setItems(choices);
            group.setItemLabelGenerator(AnswerInput::label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }

        @Override
        public Response response() {
            return group.getValue() == null ? Response.BLANK : Response.select(group.getValue().id());
        }

        @Override
        public void display(Response response) {
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

    public static final class SeveralChoices extends Chosen<CheckboxGroup<Choice>> {
        private final List<Choice> choices;

        SeveralChoices(List<Choice> choices) {
            super(new CheckboxGroup<>("Your answer (every one that applies)"));
            this.choices = choices;
            group.setItems(choices);
            group.setItemLabelGenerator(AnswerInput::label);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        }

        @Override
        public void display(Response response) {
            if (response instanceof Response.Selection selection) {
                group.setValue(choices.stream().filter(choice -> selection.choiceIds().contains(choice.id()))
                        .collect(java.util.stream.Collectors.toSet()));
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

        @Override
        public String keyHint() {
            return super.keyHint().replace(" choose", " tick or untick");
        }

    }

    public static final class TrueOrFalse extends Chosen<RadioButtonGroup<Boolean>> {

        TrueOrFalse() {
            super(new RadioButtonGroup<>("Your answer"));
            group.setItems(true, false);
            group.setItemLabelGenerator(value -> value ? "True" : "False");
        }

        @Override
        public void display(Response response) {
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

        @Override
        public String keyHint() {
            return "1, A or T: true; 2, B or F: false";
        }

    }

    public static final class NumberAnswer extends Typed<NumberField> {

        NumberAnswer() {
            super(new NumberField("Your answer"));
            field.setPlaceholder("a number");
        }

        @Override
        public void display(Response response) {
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

    public static final class TextAnswer extends Typed<TextField> {

        TextAnswer() {
            super(new TextField("Your answer"));
            field.setMaxLength(200);
            field.setWidth("min(100%, 28rem)");
        }

        @Override
        public void display(Response response) {
            if (response instanceof Response.TextAnswer answer) {
                field.setValue(answer.text());
            }
        }

        @Override
        public Response response() {
            return Response.text(field.getValue());
        }

    }

    /** The items in the order the learner puts them, moved with up and down buttons. */
    public static final class OrderAnswer extends AnswerInput {
        private final List<Choice> order;
        private final Div rows = new Div();
        private boolean readOnly;
        /**
         * Whether the order is the learner's: moved by them or saved before. The order first shown is
         * never the right one and is not an answer, so a question passed over stays unanswered.
         */
        private boolean arranged;

        OrderAnswer(List<Choice> choices) {
            this.order = new ArrayList<>(choices);
            Span label = new Span("Put these in order, first at the top:");
            label.addClassName("font-semibold");
            add(label, rows);
            render();
        }

        @Override
        public Response response() {
            return arranged ? new Response.OrderAnswer(order.stream().map(Choice::id).toList()) : Response.BLANK;
        }

        @Override
        public String whatToDoFirst() {
            return "Move the items into order first";
        }

        @Override
        public void display(Response response) {
            if (response instanceof Response.OrderAnswer answer && answer.choiceIds().size() == order.size()) {
                List<Choice> saved = answer.choiceIds().stream()
                        .map(id -> order.stream().filter(choice -> choice.id().equals(id)).findFirst().orElse(null))
                        .toList();
                if (!saved.contains(null)) {
                    order.clear();
                    order.addAll(saved);
                    arranged = true;
                    render();
                }
            }
        }

        /** The texts in the order shown. */
        public List<String> shownOrder() {
            return order.stream().map(Choice::text).toList();
        }

        private void render() {
            rows.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int position = i;
                Choice choice = order.get(i);
                Span text = new Span((i + 1) + ". " + choice.text());
                text.addClassName("order-item");
                Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(position, -1));
                up.setAriaLabel("Move up: " + choice.text());
                up.setTooltipText("Move up");
                up.setEnabled(!readOnly && i > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(position, 1));
                down.setAriaLabel("Move down: " + choice.text());
                down.setTooltipText("Move down");
                down.setEnabled(!readOnly && i < order.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                HorizontalLayout row = new HorizontalLayout(up, down, text);
                row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
                row.setSpacing(false);
                rows.add(row);
            }
        }

        private void move(int position, int by) {
            int other = position + by;
            if (readOnly || other < 0 || other >= order.size()) {
                return;
            }
            Choice moved = order.get(position);
            order.set(position, order.get(other));
            order.set(other, moved);
            arranged = true;
            render();
            changed();
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
            render();
        }

        @Override
        public void focusInput() {
        }
    }

    /** A select per prompt, offering every choice. */
    public static final class MatchAnswer extends AnswerInput {
        /** Field labels are cut to one line by default; a prompt is read whole, so its label wraps. */
        private static final String WRAPPED_LABELS =
                ".match-answer vaadin-select::part(label) { white-space: normal; line-height: var(--lumo-line-height-s); }";

        private final Map<Prompt, Select<Choice>> selects = new LinkedHashMap<>();

        MatchAnswer(List<Prompt> prompts, List<Choice> choices) {
            addClassName("match-answer");
            getElement().appendChild(new Element("style").setText(WRAPPED_LABELS));
            for (Prompt prompt : prompts) {
                Select<Choice> select = new Select<>();
                select.setLabel(prompt.id() + ". " + prompt.text());
                select.setItems(choices);
                select.setItemLabelGenerator(choice -> choice == null ? "(no answer)" : label(choice));
                select.setPlaceholder("Choose");
                select.setEmptySelectionAllowed(true);
                select.setWidth("min(100%, 28rem)");
                select.addValueChangeListener(change -> changed());
                selects.put(prompt, select);
                Div row = new Div(select);
                add(row);
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
        public void display(Response response) {
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
            selects.values().stream().findFirst().ifPresent(Select::focus);
        }
    }
}
