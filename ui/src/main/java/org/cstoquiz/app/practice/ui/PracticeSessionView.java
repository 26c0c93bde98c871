package org.cstoquiz.app.practice.ui;

import com.vaadin.flow.component.FocusOption;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.Countdown;
import org.cstoquiz.app.attempt.ui.FeedbackPanel;
import org.cstoquiz.app.attempt.ui.KeyBindings;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.attempt.ui.QuestionCard;
import org.cstoquiz.app.attempt.ui.StatusLine;
import org.cstoquiz.app.practice.AnswerResult;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * A practice session in progress: one question at a time with the verdict, the explanation and the
 * source straight after each. Everything that counts (what is accepted, the score, the time left)
 * comes from the server: the countdown runs in the browser from the stored deadline, and an answer
 * after the deadline is refused by the service. {@code ?question=N} shows question N (answered, with
 * its feedback); the address follows the question shown, so a reload stays on it. Otherwise the
 * session resumes at its first unanswered question; a closed session goes on to its result.
 *
 * <p>Keys while answering: 1–9 or A–I choose an option, Enter submits, N skips to the next
 * question (keys do nothing while the focus is in a field or a dropdown; Enter in a typed answer
 * submits it); after the feedback, Enter or N goes on. The focus goes where the learner continues:
 * to the options of a new question, to "Next question" after the feedback.
 */
@Route("practice/:id(\\d+)")
@PageTitle("Practice")
@PermitAll
class PracticeSessionView extends AttemptScreen<PracticeSession> {

    static final String QUESTION = "question";

    private final Injected<PracticeService> service;

    private int slotNumber;
    private AnswerInput input;
    private Div card;
    /** What the keys do: the card's last line, the feedback goes above it. */
    private Span keyHelp;
    private Span hint;
    private FlexLayout answering;
    private Button submit;
    private final Span progress = new Span();
    private final Span score = new Span();
    /** Says the verdict to a screen reader as it appears. */
    private final Span announcement = new Span();
    private final Countdown countdown = new Countdown("practice-countdown");
    private final KeyBindings keys = new KeyBindings();

    PracticeSessionView(PracticeService service, Clock clock, AuthenticationContext authentication) {
        super(PracticeScreens.LOAD, PracticeScreens.LINKS, clock, authentication);
        this.service = Injected.of(PracticeService.class, service);
        progress.addClassName("practice-progress");
        score.addClassName("practice-score");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        countdown.onTick(this::tick);
    }

    @Override
    protected void show(PracticeSession session, BeforeEnterEvent event) {
        int first = session.nextOpenSlot(1).orElse(0);
        showSlot(event.getLocation().getQueryParameters().getSingleParameter(QUESTION)
                .filter(number -> number.matches("\\d{1,4}")).map(Integer::parseInt)
                .filter(number -> number >= 1 && number <= session.size())
                .orElse(first));
    }

    /** Shows question {@code number}, or, for 0, the way to the result once every question is answered. */
    private void showSlot(int number) {
        reset();
        slotNumber = number;
        Button finish = new Button("Finish session", click -> confirmFinish());
        finish.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Practice"), StatusLine.withAction(finish, progress, score, countdown), announcement);
        updateStatus();
        keepAddress();

        if (number == 0) {
            Button result = new Button("See the result", click -> finish());
            result.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card = new Div(new Paragraph("You have answered every question."), result);
            card.addClassName("question-card");
            card.setWidthFull();
            add(card);
            keys.on(this, "Enter", this::finish);
            keys.on(this, "n", this::finish);
            result.focus(FocusOption.PreventScroll.ENABLED);
            return;
        }

        Question question = current().attempt().slot(number).question();
        card = QuestionCard.asking(question);
        add(card);
        AnswerInput asked = AnswerInput.of(question);
        keyHelp = new Span(keyHelp(asked));
        keyHelp.addClassNames("text-secondary", "text-s", "key-help");
        Optional<SlotFeedback> given = current().attempt().feedback(number);
        if (given.isPresent()) {
            card.add(keyHelp);
            showFeedback(given.get());
            return;
        }
        input = asked;
        input.onEnter(this::submit);
        hint = new Span();
        hint.addClassName("text-error");
        hint.setVisible(false);
        hint.getElement().setAttribute("role", "alert");
        submit = new Button("Submit", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a double click sends one answer: the second click finds the button disabled, then gone
        submit.setDisableOnClick(true);
        Button dontKnow = new Button("I don't know", click -> send(Response.BLANK));
        dontKnow.setDisableOnClick(true);
        Button skip = new Button("Next question", click -> next());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        answering = new FlexLayout(submit, dontKnow, skip);
        answering.addClassName("answer-buttons");
        card.add(input, hint, answering, keyHelp);
        answerKeys();
        input.focusInput();
    }

    private static String keyHelp(AnswerInput input) {
        String choose = input.keyHint();
        return "Keys: " + (choose.isEmpty() ? "" : choose + ", ") + "Enter submits"
                + (input.typed() ? "" : ", N skips to the next question") + ".";
    }

    private void answerKeys() {
        keys.clear();
        keys.on(this, "Enter", this::submit);
        keys.choices(this, input, Set.of());
        keys.on(this, "n", this::next);
    }

    private void submit() {
        if (answering == null) {
            return;
        }
        Response response = input.response();
        if (response.isBlank()) {
            hint.setText(input.whatToDoFirst() + ", or press “I don't know” to see it.");
            hint.setVisible(true);
            submit.setEnabled(true);
            return;
        }
        send(response);
    }

    private void send(Response response) {
        if (answering == null) {
            return;
        }
        AnswerResult result;
        try {
            result = service.get().answer(owner, currentId(), slotNumber, response, clock().instant());
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            return;
        }
        update(result.session());
        switch (result) {
            case AnswerResult.Graded graded -> {
                showFeedback(graded.feedback());
                updateStatus();
            }
            case AnswerResult.Refused refused -> {
                if (!current().isOpen()) {
                    showResult();
                } else {
                    hint.setText(refused.message());
                    hint.setVisible(true);
                    current().attempt().feedback(slotNumber).ifPresentOrElse(this::showFeedback,
                            () -> answering.getChildren().forEach(button -> ((Button) button).setEnabled(true)));
                    updateStatus();
                }
            }
        }
    }

    /**
     * The feedback in place of the options and buttons (which leave the page: it holds what it shows as
     * long as it is open), "Next question" below it with the focus, and the verdict said to a screen
     * reader; the verdict is scrolled into view.
     */
    private void showFeedback(SlotFeedback feedback) {
        Question question = current().attempt().slot(slotNumber).question();
        if (answering != null) {
            card.remove(input, hint, answering);
        }
        input = null;
        hint = null;
        answering = null;
        submit = null;
        OptionalInt following = current().nextOpenSlot(slotNumber + 1);
        Button next = new Button(following.isPresent() ? "Next question" : "See the result", click -> next());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-question");
        FeedbackPanel panel = new FeedbackPanel(question, feedback, service.get().sourceNotes(current().packId()));
        int place = card.indexOf(keyHelp);
        card.addComponentAtIndex(place, next);
        card.addComponentAtIndex(place, panel);
        announcement.setText(Labels.verdict(feedback.grade()) + ".");
        keys.clear();
        keys.on(this, "Enter", this::next);
        keys.on(this, "n", this::next);
        next.focus(FocusOption.PreventScroll.ENABLED);
        panel.getElement().executeJs("this.querySelector('.verdict').scrollIntoView({block: 'nearest'})");
    }

    private void next() {
        OptionalInt following = current().nextOpenSlot(slotNumber + 1);
        if (following.isPresent()) {
            showSlot(following.getAsInt());
            card.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        } else {
            finish();
        }
    }

    /** Finishes at once when every question is answered; otherwise asks first, saying how many are not. */
    private void confirmFinish() {
        int open = current().size() - current().submitted();
        if (open == 0) {
            finish();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Finish the session?");
        dialog.setText((open == 1 ? "1 question is" : open + " questions are")
                + " not answered yet and will count as not answered.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep answering");
        dialog.setConfirmText("Finish session");
        dialog.addConfirmListener(confirmed -> finish());
        dialog.open();
    }

    private void finish() {
        try {
            update(service.get().finish(owner, currentId(), clock().instant()));
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            return;
        }
        showResult();
    }

    /** The address names the question shown, so a reload comes back to it. */
    private void keepAddress() {
        String address = "practice/" + currentId() + (slotNumber == 0 ? "" : "?" + QUESTION + "=" + slotNumber);
        UI.getCurrent().getPage().getHistory().replaceState(null, address);
    }

    @Override
    protected void updateStatus() {
        progress.setText(slotNumber == 0 ? current().size() + " questions answered"
                : "Question " + slotNumber + " of " + current().size());
        score.setText(current().scoreSoFar().map(tally -> "Score " + Labels.score(tally)).orElse("Score 0 of 0"));
        countdown.show(current().timeLeft(clock().instant()));
    }

    private void reset() {
        keys.clear();
        removeAll();
        input = null;
        hint = null;
        submit = null;
        answering = null;
    }
}
