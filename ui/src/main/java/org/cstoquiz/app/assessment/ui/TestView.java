package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
 * are answered and flagged), every change of an answer stored at once and a countdown from the
 * stored deadline. {@code ?question=N} opens question N; otherwise the first unanswered one. Past
 * the last question comes the summary ({@code tests/:id/summary}); a closed test (submitted, or its
 * time ran out, whoever was watching) goes on to its result ({@code tests/:id/result}).
 *
 * <p>Keys while answering: 1–9 or A–I choose, Enter saves and goes to the next question, N next,
 * P previous, F flags (letters only where no answer is typed).
 */
@Route("tests/:id(\\d+)")
@PageTitle("Test | CSTO Quiz")
@PermitAll
class TestView extends AttemptScreen<SelfTest> {

    static final String QUESTION = "question";

    private final SelfTestService service;

    private int slotNumber;
    private AnswerInput input;
    private final Span progress = new Span();
    private final Span answered = new Span();
    private final Countdown countdown = new Countdown("test-countdown");
    private final Span status = new Span();
    private final KeyBindings keys = new KeyBindings();

    TestView(SelfTestService service, Clock clock, AuthenticationContext authentication) {
        super(service::test, TestScreens.LINKS, clock, authentication);
        this.service = service;
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
                .orElse(first));
    }

    private void showSlot(int number) {
        keys.clear();
        removeAll();
        slotNumber = number;
        Slot slot = current().slot(number);
        Question question = slot.question();
        Button toSummary = new Button("Finish the test…", click -> go(current().size() + 1));
        toSummary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(current().title()), StatusLine.withAction(toSummary, progress, answered, countdown), navigation());
        updateStatus();

        QuestionCard card = QuestionCard.asking(question);
        input = AnswerInput.of(question);
        input.show(slot.currentResponse());
        input.onChange(this::saveAnswer);
        Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), click -> go(slotNumber - 1));
        previous.setEnabled(number > 1);
        Button next = new Button(number < current().size() ? "Next" : "To the summary", VaadinIcon.ARROW_RIGHT.create(),
                click -> go(slotNumber + 1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button flag = new Button(slot.isFlagged() ? "Remove the flag" : "Flag for review", VaadinIcon.FLAG.create(),
                click -> toggleFlag());
        Button clear = new Button("Clear my answer", click -> clearAnswer());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setEnabled(slot.isAnswered());
        FlexLayout buttons = new FlexLayout(previous, next, flag, clear);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        status.setText(slot.isAnswered() ? "Your answer is saved." : "");
        status.removeClassName("text-error");
        Span keyHelp = new Span("Keys: " + (input.keyHint().isEmpty() ? "" : input.keyHint() + ", ")
                + "Enter saves and goes on" + (input.typed() ? "" : ", N next, P previous, F flags") + ".");
        keyHelp.addClassNames("text-secondary", "text-s");
        keyHelp.getStyle().set("display", "block");
        card.add(input, buttons, status, keyHelp);
        add(card);
        registerKeys(card);
        input.focusInput();
    }

    /** A button per question: the current one highlighted, answered ones marked, flagged ones with a flag. */
    private FlexLayout navigation() {
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("test-navigation");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        buttons.getElement().setAttribute("role", "navigation");
        buttons.getElement().setAttribute("aria-label", "Questions");
        for (Slot slot : current().attempt().slots()) {
            int number = slot.number();
            Button button = new Button(String.valueOf(number), click -> go(number));
            if (slot.isFlagged()) {
                button.setIcon(VaadinIcon.FLAG.create());
                button.setIconAfterText(true);
            }
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (number == slotNumber) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (slot.isAnswered()) {
                button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            button.setAriaLabel("Question " + number + ", " + (slot.isAnswered() ? "answered" : "not answered")
                    + (slot.isFlagged() ? ", flagged" : "") + (number == slotNumber ? ", shown" : ""));
            buttons.add(button);
        }
        return buttons;
    }

    private void registerKeys(Div card) {
        keys.on(card, Key.ENTER, () -> go(slotNumber + 1)).resetFocusOnActiveElement();
        if (input.typed()) {
            return;
        }
        keys.choices(card, input, Set.of(Key.KEY_F));
        keys.on(card, Key.KEY_N, () -> go(slotNumber + 1));
        keys.on(card, Key.KEY_P, () -> go(slotNumber - 1));
        keys.on(card, Key.KEY_F, this::toggleFlag);
    }

    /** Stores the answer as it now is in the input (a blank clears it). */
    private boolean saveAnswer() {
        Response response = input.response();
        if (response.equals(current().slot(slotNumber).currentResponse())
                || response.isBlank() && !current().slot(slotNumber).isAnswered()) {
            return true;
        }
        return apply(service.save(owner, current().id(), slotNumber, response, clock.instant()), "Your answer is saved.");
    }

    private void clearAnswer() {
        if (apply(service.save(owner, current().id(), slotNumber, Response.BLANK, clock.instant()), "")) {
            showSlot(slotNumber);
            status.setText("Your answer is cleared.");
        }
    }

    private void toggleFlag() {
        boolean flagged = !current().slot(slotNumber).isFlagged();
        if (saveAnswer() && apply(service.flag(owner, current().id(), slotNumber, flagged, clock.instant()), "")) {
            showSlot(slotNumber);
            status.setText(flagged ? "Flagged for review." : "The flag is removed.");
        }
    }

    /** Saves what is in the input, then shows question {@code number} (past the last: the summary). */
    private void go(int number) {
        if (!saveAnswer() || number < 1) {
            return;
        }
        if (number > current().size()) {
            UI.getCurrent().navigate(TestSummaryView.class, idOf(current().id()));
        } else {
            showSlot(number);
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
        countdown.show(current().timeLeft(clock.instant()));
    }

}
