package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * A question's options marked as a review shows them, after Moodle's: the correct option ticked and
 * emphasised, the learner's wrong pick crossed, the rest as legible as before. Each mark is also
 * said in words beside the option ("Correct answer", "Your answer, wrong"), so it does not rest on
 * colour. An ordering is shown in the learner's order, each item marked in place or not; a matching
 * question pair by pair; a typed answer as given, marked right or wrong.
 */
public class MarkedAnswer extends UnorderedList {

    /** How one row is marked. */
    enum Mark {
        /** The learner's pick, and right. */
        CHOSEN_RIGHT("right", "Your answer, correct"),
        /** Right, and not picked. */
        KEY("key", "Correct answer"),
        /** The learner's pick, and wrong. */
        CHOSEN_WRONG("wrong", "Your answer, wrong"),
        /** Neither. */
        NONE("", "");

        final String className;
        final String words;

        Mark(String className, String words) {
            this.className = className;
            this.words = words;
        }
    }

    /** @param state how {@code given} was graded */
    public MarkedAnswer(Question question, Response given, GradeState state) {
        addClassName("marked-options");
        getElement().setAttribute("aria-label", "Your answer, marked");
        switch (question.type()) {
            case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON, MULTIPLE_RESPONSE -> choices(question, given);
            case TRUE_FALSE -> trueOrFalse(question, given);
            case ORDERING -> ordering(question, given);
            case MATCHING -> matching(question, given);
            case NUMERIC, SHORT_ANSWER -> typed(question, given, state);
        }
    }

    private void choices(Question question, Response given) {
        Set<String> key = ((Response.Selection) question.correctResponse()).choiceIds();
        Set<String> chosen = given instanceof Response.Selection selection ? selection.choiceIds() : Set.of();
        for (Choice choice : question.choices()) {
            add(row(AnswerInput.label(choice), mark(key.contains(choice.id()), chosen.contains(choice.id())), ""));
        }
    }

    private void trueOrFalse(Question question, Response given) {
        boolean key = ((Response.TrueFalseAnswer) question.correctResponse()).value();
        Boolean chosen = given instanceof Response.TrueFalseAnswer answer ? answer.value() : null;
        for (boolean value : new boolean[] {true, false}) {
            add(row(value ? "True" : "False", mark(key == value, chosen != null && chosen == value), ""));
        }
    }

    private void ordering(Question question, Response given) {
        List<String> key = ((Response.OrderAnswer) question.correctResponse()).choiceIds();
        if (!(given instanceof Response.OrderAnswer order) || order.isBlank()) {
            add(row("No order given", Mark.CHOSEN_WRONG, ""));
            return;
        }
        List<String> shown = order.choiceIds();
        for (int i = 0; i < shown.size(); i++) {
            String id = shown.get(i);
            boolean inPlace = key.indexOf(id) == i;
            add(row((i + 1) + ". " + text(question.choices(), id), inPlace ? Mark.CHOSEN_RIGHT : Mark.CHOSEN_WRONG,
                    inPlace ? "" : "belongs at " + (key.indexOf(id) + 1)));
        }
    }

    private void matching(Question question, Response given) {
        Map<String, String> key = ((Response.MatchAnswer) question.correctResponse()).promptToChoice();
        Map<String, String> pairs = given instanceof Response.MatchAnswer match ? match.promptToChoice() : Map.of();
        for (Prompt prompt : question.prompts()) {
            String chosen = pairs.get(prompt.id());
            String right = key.get(prompt.id());
            String left = prompt.id() + ". " + prompt.text() + " → ";
            if (right.equals(chosen)) {
                add(row(left + label(question.choices(), chosen), Mark.CHOSEN_RIGHT, ""));
            } else {
                add(row(left + (chosen == null ? "(no answer)" : label(question.choices(), chosen)), Mark.CHOSEN_WRONG,
                        "correct: " + label(question.choices(), right)));
            }
        }
    }

    private void typed(Question question, Response given, GradeState state) {
        if (given.isBlank()) {
            add(row("(no answer)", Mark.CHOSEN_WRONG, ""));
            return;
        }
        add(row(AnswerKeys.describe(question, given), state == GradeState.CORRECT ? Mark.CHOSEN_RIGHT
                : Mark.CHOSEN_WRONG, ""));
    }

    private static Mark mark(boolean key, boolean chosen) {
        if (key) {
            return chosen ? Mark.CHOSEN_RIGHT : Mark.KEY;
        }
        return chosen ? Mark.CHOSEN_WRONG : Mark.NONE;
    }

    private static ListItem row(String text, Mark mark, String more) {
        List<Component> parts = new ArrayList<>();
        Icon icon = switch (mark) {
            case CHOSEN_RIGHT, KEY -> VaadinIcon.CHECK.create();
            case CHOSEN_WRONG -> VaadinIcon.CLOSE.create();
            case NONE -> null;
        };
        // the icon is the sign itself (no box around it); a row without a mark keeps an empty one, for the alignment
        Component sign = icon == null ? new Span() : icon;
        sign.getElement().getClassList().add("option-sign");
        if (icon != null) {
            icon.getElement().setAttribute("aria-hidden", "true");
        }
        parts.add(sign);
        Span option = new Span(text);
        option.addClassName("option-text");
        parts.add(option);
        String words = mark.words.isEmpty() ? more : more.isEmpty() ? mark.words : mark.words + ", " + more;
        if (!words.isEmpty()) {
            Span said = new Span(words);
            said.addClassName("option-mark");
            parts.add(said);
        }
        ListItem item = new ListItem(parts.toArray(Component[]::new));
        item.addClassName("marked-option");
        if (!mark.className.isEmpty()) {
            item.addClassName(mark.className);
        }
        return item;
    }

    private static String text(List<Choice> choices, String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).map(Choice::text).findFirst().orElse(id);
    }

    private static String label(List<Choice> choices, String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).map(AnswerInput::label).findFirst().orElse(id);
    }
}
