package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Response;

/**
 * The items in the order the learner puts them, moved with up and down buttons. A move keeps the
 * focus on the button that made it (or, at the top or the bottom, on the item's other button), so an
 * item can be walked to its place with repeated presses, and says where the item now is.
 */
public final class OrderInput extends AnswerInput {
    private final List<Choice> order;
    private final Map<Choice, Row> rowsByChoice = new LinkedHashMap<>();
    private final Div rows = new Div();
    private final Span moved = new Span();
    private boolean readOnly;
    /**
     * Whether the order is the learner's: moved by them or saved before. The order first shown is
     * never the right one and is not an answer, so a question passed over stays unanswered.
     */
    private boolean arranged;

    /** One item's line: its buttons and its text, kept while it moves. */
    private final class Row extends HorizontalLayout {
        final Choice choice;
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Span text = new Span();

        Row(Choice choice) {
            this.choice = choice;
            up.setAriaLabel("Move up: " + choice.text());
            up.setTooltipText("Move up");
            down.setAriaLabel("Move down: " + choice.text());
            down.setTooltipText("Move down");
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            up.addClickListener(click -> move(this.choice, -1));
            down.addClickListener(click -> move(this.choice, 1));
            text.addClassName("order-item");
            add(up, down, text);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            setSpacing(false);
        }
    }

    OrderInput(List<Choice> choices) {
        this.order = new ArrayList<>(choices);
        Span label = new Span(AnswerWords.PUT_IN_ORDER);
        label.addClassName("font-semibold");
        moved.addClassName("visually-hidden");
        moved.getElement().setAttribute("role", "status");
        choices.forEach(choice -> rowsByChoice.put(choice, new Row(choice)));
        add(label, rows, moved);
        render();
    }

    @Override
    public Response response() {
        return arranged ? new Response.OrderAnswer(order.stream().map(Choice::id).toList()) : Response.BLANK;
    }

    @Override
    void display(Response response) {
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

    /** Lays the rows out in the order, numbered, each button enabled where a move is possible. */
    private void render() {
        rows.removeAll();
        for (int i = 0; i < order.size(); i++) {
            Row row = rowsByChoice.get(order.get(i));
            row.text.setText((i + 1) + ". " + row.choice.text());
            row.up.setEnabled(!readOnly && i > 0);
            row.down.setEnabled(!readOnly && i < order.size() - 1);
            rows.add(row);
        }
    }

    private void move(Choice choice, int by) {
        int position = order.indexOf(choice);
        int other = position + by;
        if (readOnly || other < 0 || other >= order.size()) {
            return;
        }
        order.set(position, order.get(other));
        order.set(other, choice);
        arranged = true;
        render();
        Row row = rowsByChoice.get(choice);
        Button same = by < 0 ? row.up : row.down;
        (same.isEnabled() ? same : by < 0 ? row.down : row.up).focus();
        moved.setText("“" + choice.text() + "” is now " + (other + 1) + " of " + order.size() + ".");
        changed();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render();
    }

    @Override
    public void focusInput() {
        Row first = rowsByChoice.get(order.getFirst());
        FocusWhenDrawn.focus(first.down.getElement(), "host");
    }
}
