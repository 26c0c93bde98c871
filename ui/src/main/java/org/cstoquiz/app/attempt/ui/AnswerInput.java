package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Map;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * The input for one question, one kind per question type: radio buttons for one choice (single
 * choice, statements, assertion-reason), true or false, check boxes for multiple response, a number
 * field, a text field, up and down buttons for ordering and a select per prompt for matching. Every
 * text is set as text, never as HTML; what the inputs say and which keys choose what is decided in
 * {@link AnswerWords}. An input holds components, the question's small records and the listeners the
 * screen gives it, nothing else.
 */
public abstract sealed class AnswerInput extends Div
        permits ChosenInput, TypedInput, OrderInput, MatchInput {

    public static AnswerInput of(Question question) {
        AnswerInput input = switch (question.type()) {
            case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON -> new OneChoiceInput(question.choices());
            case MULTIPLE_RESPONSE -> new SeveralChoicesInput(question.choices());
            case TRUE_FALSE -> new TrueOrFalseInput();
            case NUMERIC -> new NumberInput();
            case SHORT_ANSWER -> new TextInput();
            case ORDERING -> new OrderInput(question.choices());
            case MATCHING -> new MatchInput(question.prompts(), question.choices());
        };
        input.addClassName("answer-input");
        return input;
    }

    private SerializableRunnable changeListener = () -> { };
    private boolean showing;

    /** What the learner has given so far; {@link Response#BLANK} or an empty shape when nothing. */
    public abstract Response response();

    /** How many options the number and letter keys can choose (0 when they choose nothing). */
    public int keyedOptions() {
        return 0;
    }

    /** Chooses (or for check boxes toggles) option {@code position}, from 1. */
    public void choose(int position) {
    }

    /** The keys that choose an option here ("1", "a", "t"), each with the option's position from 1. */
    public final Map<String, Integer> choiceKeys() {
        return AnswerWords.choiceKeys(this);
    }

    /** Chooses the option {@code key} stands for, if it stands for one here; says whether it did. */
    public final boolean chooseByKey(String key) {
        Integer position = choiceKeys().get(key);
        if (position == null) {
            return false;
        }
        choose(position);
        return true;
    }

    /** Whether the learner types the answer (then letter keys must reach the field, not shortcuts). */
    public boolean typed() {
        return false;
    }

    /** What to do before submitting, for the hint shown when the learner submits nothing. */
    public final String whatToDoFirst() {
        return AnswerWords.whatToDoFirst(this);
    }

    /** What the keys do, for the hint under the question; empty when they do nothing here. */
    public final String keyHint() {
        return AnswerWords.keyHint(this);
    }

    public abstract void setReadOnly(boolean readOnly);

    /** Runs {@code listener} whenever the learner changes the answer (not when {@link #show} sets it). */
    public void onChange(SerializableRunnable listener) {
        this.changeListener = listener;
    }

    /** For the inputs: the learner changed the answer. */
    final void changed() {
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

    /** Shows {@code response} where it has this input's shape. */
    abstract void display(Response response);

    /** Puts the focus in the input (the chosen or first option, the field), without scrolling the page. */
    public abstract void focusInput();

    /** For a typed answer, what Enter in its field does, with the field's text as typed; other inputs ignore it. */
    public void onEnter(SerializableRunnable action) {
    }

    /** An option as the inputs and the marked answers show it: "B. Minsk". */
    static String label(Choice choice) {
        return choice.id() + ". " + choice.text();
    }
}
