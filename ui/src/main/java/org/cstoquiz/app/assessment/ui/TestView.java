package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.FocusOption;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.assessment.TestChange;
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.Countdown;
import org.cstoquiz.app.attempt.ui.KeyBindings;
import org.cstoquiz.app.attempt.ui.QuestionCard;
import org.cstoquiz.app.attempt.ui.StatusLine;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * One test in progress: a question at a time, a button per question to move around (showing which
 * are answered and flagged), every change of an answer stored at once (a typed answer as it is
 * typed) and a countdown from the stored deadline. {@code ?question=N} opens question N, and the
 * address follows the question shown, so a reload stays on it; otherwise the first unanswered one.
 * Past the last question comes the summary ({@code tests/:id/summary}); a closed test (submitted, or
 * its time ran out, whoever was watching) goes on to its result ({@code tests/:id/result}).
 *
 * <p>Keys while answering: 1–9 or A–I choose (T and F for true or false), Enter saves and goes to
 * the next question, N next, P previous, Shift+F flags; none fires while the focus is in a field or
 * a dropdown (Enter in a typed answer saves it and goes on). The focus stays on the control used:
 * "Next", "Previous", a question's button or the flag keep it on the same control for the question
 * shown; the keys put it in the new question's answer.
 */
@Route("tests/:id(\\d+)")
@PageTitle("Test")
@PermitAll
class TestView extends AttemptScreen<SelfTest> {

    static final String QUESTION = "question";

    /** Where the focus goes once another question is shown. */
    private enum Focus { ANSWER, NEXT, PREVIOUS, QUESTION_BUTTON }

    private final Injected<SelfTestService> service;

    private int slotNumber;
    private AnswerInput input;
    private Button previous;
    private Button next;
    private Button flag;
    private Button clear;
    private final Map<Integer, Button> questionButtons = new LinkedHashMap<>();
    private final Span progress = new Span();
    private final Span answered = new Span();
    private final Countdown countdown = new Countdown("test-countdown");
    private final Span status = new Span();
    private final KeyBindings keys = new KeyBindings();

    TestView(SelfTestService service, Clock clock, AuthenticationContext authentication) {
        super(TestScreens.LOAD, TestScreens.LINKS, clock, authentication);
        this.service = Injected.of(SelfTestService.class, service);
        countdown.onTick(this::tick);
        status.addClassName("test-status");
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("display", "block").set("min-height", "1.5em");
    }

    /** Opens question {@code number} of test {@code id}. */
    static void open(long id, int number) {
        UI.getCurrent().navigate(TestView.class, idOf(id), QueryParameters.of(QUESTION, String.valueOf(number)));
    }

    @Override
    protected void show(SelfTest test, BeforeEnterEvent event) {
        int first = test.unanswered().stream().findFirst().orElse(1);
        showSlot(event.getLocation().getQueryParameters().getSingleParameter(QUESTION)
                .filter(number -> number.matches("\\d{1,4}")).map(Integer::parseInt)
                .filter(number -> number >= 1 && number <= test.size())
                .orElse(first), Focus.ANSWER);
    }

    private void showSlot(int number, Focus focus) {
        keys.clear();
        removeAll();
        slotNumber = number;
        Slot slot = current().slot(number);
        Question question = slot.question();
        Button toSummary = new Button("Finish the test…", click -> go(current().size() + 1, Focus.ANSWER));
        toSummary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(current().title()), StatusLine.withAction(toSummary, progress, answered, countdown), navigation());
        updateStatus();
        UI.getCurrent().getPage().getHistory().replaceState(null,
                "tests/" + currentId() + "?" + QUESTION + "=" + number);

        QuestionCard card = QuestionCard.asking(question);
        input = AnswerInput.of(question);
        input.show(slot.currentResponse());
        input.onChange(this::saveAnswer);
        input.onEnter(() -> go(slotNumber + 1, Focus.ANSWER));
        previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), click -> go(slotNumber - 1, Focus.PREVIOUS));
        previous.setEnabled(number > 1);
        next = new Button(number < current().size() ? "Next" : "To the summary", VaadinIcon.ARROW_RIGHT.create(),
                click -> go(slotNumber + 1, Focus.NEXT));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        flag = new Button(VaadinIcon.FLAG.create(), click -> toggleFlag());
        clear = new Button("Clear my answer", click -> clearAnswer());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showSlotState(slot);
        FlexLayout buttons = new FlexLayout(previous, next, flag, clear);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        status.setText(slot.isAnswered() ? "Your answer is saved." : "");
        status.removeClassName("text-error");
        Span keyHelp = new Span("Keys: " + (input.keyHint().isEmpty() ? "" : input.keyHint() + ", ")
                + "Enter saves and goes on" + (input.typed() ? "" : ", N next, P previous, Shift+F flags") + ".");
        keyHelp.addClassNames("text-secondary", "text-s", "key-help");
        keyHelp.getStyle().set("display", "block");
        card.add(input, buttons, status, keyHelp);
        add(card);
        registerKeys();
        switch (focus) {
            case ANSWER -> input.focusInput();
            case NEXT -> (next.isEnabled() ? next : previous).focus(FocusOption.PreventScroll.ENABLED);
            case PREVIOUS -> (previous.isEnabled() ? previous : next).focus(FocusOption.PreventScroll.ENABLED);
            case QUESTION_BUTTON -> questionButtons.get(number).focus(FocusOption.PreventScroll.ENABLED);
        }
    }

    /** A button per question: the current one highlighted, answered ones marked, flagged ones with a flag. */
    private FlexLayout navigation() {
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("test-navigation");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getElement().setAttribute("role", "navigation");
        buttons.getElement().setAttribute("aria-label", "Questions");
        questionButtons.clear();
        for (Slot slot : current().attempt().slots()) {
            int number = slot.number();
            Button button = new Button(String.valueOf(number), click -> go(number, Focus.QUESTION_BUTTON));
            button.addClassName("question-button");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            questionButtons.put(number, button);
            buttons.add(button);
            showQuestionButton(slot);
        }
        return buttons;
    }

    /** The button of a question as the question now stands. */
    private void showQuestionButton(Slot slot) {
        int number = slot.number();
        Button button = questionButtons.get(number);
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        button.setIcon(slot.isFlagged() ? VaadinIcon.FLAG.create() : null);
        button.setIconAfterText(true);
        if (number == slotNumber) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.getElement().setAttribute("aria-current", "step");
        } else {
            button.addThemeVariants(slot.isAnswered() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
            button.getElement().removeAttribute("aria-current");
        }
        button.setAriaLabel("Question " + number + ", " + (slot.isAnswered() ? "answered" : "not answered")
                + (slot.isFlagged() ? ", flagged" : "") + (number == slotNumber ? ", shown" : ""));
    }

    /** The buttons of the question shown, and its button above, as it now stands. */
    private void showSlotState(Slot slot) {
        flag.setText(slot.isFlagged() ? "Remove the flag" : "Flag for review");
        clear.setEnabled(slot.isAnswered());
        showQuestionButton(slot);
    }

    private void registerKeys() {
        keys.on(this, "Enter", () -> go(slotNumber + 1, Focus.ANSWER));
        keys.choices(this, input, Set.of());
        keys.on(this, "n", () -> go(slotNumber + 1, Focus.ANSWER));
        keys.on(this, "p", () -> go(slotNumber - 1, Focus.ANSWER));
        keys.on(this, "Shift+F", this::toggleFlag);
    }

    /** Stores the answer as it now is in the input (a blank clears it). */
    private boolean saveAnswer() {
        Response response = input.response();
        if (response.equals(current().slot(slotNumber).currentResponse())
                || response.isBlank() && !current().slot(slotNumber).isAnswered()) {
            return true;
        }
        return apply(service.get().save(owner, currentId(), slotNumber, response, clock().instant()), "Your answer is saved.");
    }

    private void clearAnswer() {
        if (apply(service.get().save(owner, currentId(), slotNumber, Response.BLANK, clock().instant()), "")) {
            showSlot(slotNumber, Focus.ANSWER);
            status.setText("Your answer is cleared.");
        }
    }

    /** Flags the question shown or removes its flag; the page stays as it is, the focus where it was. */
    private void toggleFlag() {
        boolean flagged = !current().slot(slotNumber).isFlagged();
        if (saveAnswer() && apply(service.get().flag(owner, currentId(), slotNumber, flagged, clock().instant()),
                flagged ? "Flagged for review." : "The flag is removed.")) {
            showSlotState(current().slot(slotNumber));
        }
    }

    /** Saves what is in the input, then shows question {@code number} (past the last: the summary). */
    private void go(int number, Focus focus) {
        if (!saveAnswer() || number < 1) {
            return;
        }
        if (number > current().size()) {
            UI.getCurrent().navigate(TestSummaryView.class, idOf(currentId()));
        } else {
            showSlot(number, focus);
        }
    }

    /**
     * Takes the test as the server returned it. A refusal is shown in words; when it closed the test
     * (its time is up), the result is shown. Returns whether the change was accepted.
     */
    private boolean apply(TestChange change, String accepted) {
        update(change.test());
        if (!current().isOpen()) {
            showResult();
            return false;
        }
        change.refusal().ifPresentOrElse(message -> {
            status.setText(message);
            status.addClassName("text-error");
        }, () -> {
            status.setText(accepted);
            status.removeClassName("text-error");
        });
        updateStatus();
        return change.isAccepted();
    }

    @Override
    protected void updateStatus() {
        progress.setText("Question " + slotNumber + " of " + current().size());
        answered.setText(TestSummaryView.answered(current()));
        countdown.show(current().timeLeft(clock().instant()));
        if (questionButtons.containsKey(slotNumber) && flag != null) {
            showSlotState(current().slot(slotNumber));
        }
    }
}
