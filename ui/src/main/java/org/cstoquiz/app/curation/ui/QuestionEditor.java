package org.cstoquiz.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cstoquiz.app.curation.CurationException;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.QuestionEdit;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/**
 * Corrects a question: its text, its options, its key and its explanation, in a dialog. Saving
 * stores an edited copy that is served and exported in the question's place; what is wrong with an
 * edit is said at the top and nothing is stored.
 */
class QuestionEditor extends Dialog {

    final TextArea stem = new TextArea("Question");
    final List<TextField> options = new ArrayList<>();
    final List<TextField> prompts = new ArrayList<>();
    final List<Select<String>> matches = new ArrayList<>();
    final RadioButtonGroup<String> single = new RadioButtonGroup<>("Correct option");
    final CheckboxGroup<String> multiple = new CheckboxGroup<>("Correct options");
    final RadioButtonGroup<String> trueOrFalse = new RadioButtonGroup<>("Correct answer");
    final BigDecimalField number = new BigDecimalField("Answer");
    final BigDecimalField tolerance = new BigDecimalField("Tolerance");
    final TextArea accepted = new TextArea("Accepted answers, one a line");
    final TextArea explanation = new TextArea("Explanation");
    final TextField note = new TextField("Note for the history");
    final Span problem = new Span();
    final Button save = new Button("Save the edited copy");

    private final QuestionEdit start;
    private final boolean manyCorrect;

    QuestionEditor(CurationService curation, String key, Question question, SerializableConsumer<Question> saved) {
        this.start = QuestionEdit.of(question);
        this.manyCorrect = question.type() == QuestionType.MULTIPLE_RESPONSE;
        setHeaderTitle("Edit the question");
        setWidth("min(44rem, 100vw)");
        problem.addClassName("text-error");
        problem.getElement().setAttribute("role", "alert");
        stem.setValue(start.stem());
        stem.setWidthFull();
        explanation.setValue(start.explanation());
        explanation.setWidthFull();
        note.setWidthFull();
        note.setMaxLength(CurationService.MAX_NOTE);
        note.setPlaceholder("why (optional)");
        VerticalLayout form = new VerticalLayout(problem, stem);
        form.setPadding(false);
        List<String> letters = IntStream.range(0, start.choices().size()).mapToObj(Choice::letter).toList();
        for (int i = 0; i < start.prompts().size(); i++) {
            TextField prompt = new TextField("Item " + (i + 1));
            prompt.setValue(start.prompts().get(i));
            prompt.setWidthFull();
            Select<String> match = new Select<>();
            match.setLabel("Item " + (i + 1) + " matches");
            match.setItems(letters);
            prompts.add(prompt);
            matches.add(match);
            form.add(prompt, match);
        }
        for (int i = 0; i < start.choices().size(); i++) {
            TextField option = new TextField((start.key() instanceof QuestionEdit.SameOrder ? "Item " : "Option ") + letters.get(i));
            option.setValue(start.choices().get(i));
            option.setWidthFull();
            options.add(option);
            form.add(option);
        }
        switch (start.key()) {
            case QuestionEdit.CorrectOptions correct when manyCorrect -> {
                multiple.setItems(letters);
                correct.positions().forEach(p -> multiple.select(letters.get(p)));
                form.add(multiple);
            }
            case QuestionEdit.CorrectOptions correct -> {
                single.setItems(letters);
                single.setValue(letters.get(correct.positions().iterator().next()));
                form.add(single);
            }
            case QuestionEdit.TrueOrFalse value -> {
                trueOrFalse.setItems("True", "False");
                trueOrFalse.setValue(value.value() ? "True" : "False");
                form.add(trueOrFalse);
            }
            case QuestionEdit.Number value -> {
                number.setValue(value.value());
                tolerance.setValue(value.tolerance());
                form.add(number, tolerance);
            }
            case QuestionEdit.Accepted variants -> {
                accepted.setValue(String.join("\n", variants.variants()));
                accepted.setWidthFull();
                accepted.setHelperText("The first is shown as the answer.");
                form.add(accepted);
            }
            case QuestionEdit.Matches matchKey -> {
                for (int i = 0; i < matches.size(); i++) {
                    matches.get(i).setValue(letters.get(matchKey.optionOfPrompt().get(i)));
                }
            }
            case QuestionEdit.SameOrder ignored -> form.add(new Paragraph("The items keep their correct order; edit their texts."));
        }
        form.add(explanation, note);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                Question copy = curation.edit(key, edit(letters), note.getValue());
                close();
                saved.accept(copy);
            } catch (CurationException refused) {
                problem.setText(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The edit the fields describe. */
    QuestionEdit edit(List<String> letters) {
        QuestionEdit.Key key = switch (start.key()) {
            case QuestionEdit.CorrectOptions ignored when manyCorrect ->
                    new QuestionEdit.CorrectOptions(positions(letters, multiple.getValue()));
            case QuestionEdit.CorrectOptions ignored -> new QuestionEdit.CorrectOptions(
                    single.getValue() == null ? Set.of() : Set.of(letters.indexOf(single.getValue())));
            case QuestionEdit.TrueOrFalse ignored -> new QuestionEdit.TrueOrFalse("True".equals(trueOrFalse.getValue()));
            case QuestionEdit.Number ignored -> new QuestionEdit.Number(number.getValue(), tolerance.getValue());
            case QuestionEdit.Accepted ignored -> new QuestionEdit.Accepted(accepted.getValue().lines().toList());
            case QuestionEdit.Matches ignored -> new QuestionEdit.Matches(matches.stream()
                    .map(match -> match.getValue() == null ? -1 : letters.indexOf(match.getValue())).toList());
            case QuestionEdit.SameOrder same -> same;
        };
        return new QuestionEdit(stem.getValue(), explanation.getValue(), options.stream().map(TextField::getValue).toList(),
                prompts.stream().map(TextField::getValue).toList(), key);
    }

    private static Set<Integer> positions(List<String> letters, Set<String> chosen) {
        Set<Integer> positions = new LinkedHashSet<>();
        chosen.forEach(letter -> positions.add(letters.indexOf(letter)));
        return positions;
    }
}
