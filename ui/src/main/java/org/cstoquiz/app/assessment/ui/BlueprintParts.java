package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;

/**
 * The rows of a blueprint that say how many questions of each area and type a test has, as Moodle's
 * random questions per category: each row an area (or any of those chosen above), a type (or any)
 * and a number. No rows: the number of questions is spread evenly over the areas and types.
 */
class BlueprintParts extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Span problem = new Span();
    private SerializableRunnable changed = () -> { };

    /** One row: area, type, how many, and the way to remove it. */
    private final class Row extends FlexLayout {
        final Select<Area> area = new Select<>();
        final Select<QuestionType> type = new Select<>();
        final IntegerField count = new IntegerField("How many");
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Row(Blueprint.Part part) {
            area.setLabel("Area");
            area.setItems(Area.values());
            area.setItemLabelGenerator(value -> value == null ? "Any area" : Names.area(value));
            area.setEmptySelectionAllowed(true);
            area.setEmptySelectionCaption("Any area");
            area.setValue(part.area().orElse(null));
            type.setLabel("Type");
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(value -> value == null ? "Any type" : Names.type(value));
            type.setEmptySelectionAllowed(true);
            type.setEmptySelectionCaption("Any type");
            type.setValue(part.type().orElse(null));
            count.setMin(1);
            count.setMax(Blueprint.MAX_QUESTIONS);
            count.setStepButtonsVisible(true);
            count.setValue(part.questions());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText("Remove this row");
            remove.addClickListener(click -> removeRow(this));
            area.addValueChangeListener(change -> changed.run());
            type.addValueChangeListener(change -> changed.run());
            count.addValueChangeListener(change -> changed.run());
            add(area, type, count, remove);
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s)");
        }

        Optional<Blueprint.Part> part() {
            Integer questions = count.getValue();
            if (questions == null || questions < 1 || questions > Blueprint.MAX_QUESTIONS) {
                count.setErrorMessage("1 to " + Blueprint.MAX_QUESTIONS);
                count.setInvalid(true);
                return Optional.empty();
            }
            count.setInvalid(false);
            return Optional.of(new Blueprint.Part(Optional.ofNullable(area.getValue()), Optional.ofNullable(type.getValue()),
                    questions));
        }
    }

    BlueprintParts() {
        addClassName("blueprint-parts");
        problem.addClassName("text-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button add = new Button("Add a row", VaadinIcon.PLUS.create(), click -> {
            addRow(new Blueprint.Part(Optional.empty(), Optional.empty(), 5));
            rows.getLast().area.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph("Optional: how many questions of each area and type, one row each; “any” "
                + "means any of those chosen above. With rows, the test has their sum; without, its questions are "
                + "spread evenly over the areas and types.");
        hint.addClassNames("text-secondary", "text-s");
        add(new H4("Questions per area and type"), hint, list, problem, add);
    }

    /** Runs whenever a row is added, removed or changed. */
    void onChange(SerializableRunnable listener) {
        this.changed = listener;
    }

    void show(List<Blueprint.Part> parts) {
        rows.clear();
        list.removeAll();
        parts.forEach(this::addRow);
        showProblem(null);
    }

    /** The rows as parts; empty when a row's number is missing or out of range (that row then says so). */
    Optional<List<Blueprint.Part>> parts() {
        List<Blueprint.Part> parts = new ArrayList<>();
        boolean complete = true;
        for (Row row : rows) {
            Optional<Blueprint.Part> part = row.part();
            complete &= part.isPresent();
            part.ifPresent(parts::add);
        }
        return complete ? Optional.of(parts) : Optional.empty();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** What is wrong with the rows as a whole, or null for nothing. */
    void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    private void addRow(Blueprint.Part part) {
        Row row = new Row(part);
        rows.add(row);
        list.add(row);
        renumber();
        changed.run();
    }

    private void removeRow(Row row) {
        rows.remove(row);
        list.remove(row);
        renumber();
        changed.run();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).remove.setAriaLabel("Remove row " + (i + 1));
        }
    }
}
