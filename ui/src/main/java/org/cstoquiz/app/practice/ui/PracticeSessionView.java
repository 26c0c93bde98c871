package org.cstoquiz.app.practice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
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
 * comes from the server: the countdown is worked out from the stored deadline at every poll, and an
 * answer after the deadline is refused by the service. Entering it resumes the session at its first
 * unanswered question; a closed session goes on to its result.
 *
 * <p>Keys while answering: 1–9 or A–I choose an option, Enter submits, N skips to the next
 * question (not while typing an answer); after the feedback, Enter or N goes on.
 */
@Route("practice/:id(\\d+)")
@PageTitle("Practice | CSTO Quiz")
@PermitAll
class PracticeSessionView extends AttemptScreen<PracticeSession> {

    private final PracticeService service;

    private int slotNumber;
    private AnswerInput input;
    private Div card;
    private Div feedbackArea;
    private Span hint;
    private Button submit;
    private Button dontKnow;
    private Button next;
    private final Span progress = new Span();
    private final Span score = new Span();
    private final Countdown countdown = new Countdown("practice-countdown");
    private final KeyBindings keys = new KeyBindings();

    PracticeSessionView(PracticeService service, Clock clock, AuthenticationContext authentication) {
        super(service::session, PracticeScreens.LINKS, clock, authentication);
        this.service = service;
        progress.addClassName("practice-progress");
        score.addClassName("practice-score");
        countdown.onTick(this::tick);
    }

    @Override
    protected void show(PracticeSession session, BeforeEnterEvent event) {
        showSlot(session.nextOpenSlot(1).orElse(0));
    }

    /** Shows question {@code number}, or, when every question is answered, the way to the result. */
    private void showSlot(int number) {
        reset();
        slotNumber = number;
        Button finish = new Button("Finish session", click -> finish());
        finish.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Practice"), StatusLine.withAction(finish, progress, score, countdown));
        updateStatus();

        if (number == 0) {
            card = new Div();
            card.addClassName("question-card");
            card.setWidthFull();
            add(card);
            card.add(new Paragraph("You have answered every question."));
            next = new Button("See the result", click -> finish());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(next);
            keys.on(card, Key.ENTER, this::finish);
            keys.on(card, Key.KEY_N, this::finish);
            return;
        }

        Question question = current().attempt().slot(number).question();
        card = QuestionCard.asking(question);
        add(card);
        input = AnswerInput.of(question);
        hint = new Span();
        hint.addClassName("text-error");
        hint.setVisible(false);
        submit = new Button("Submit", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dontKnow = new Button("I don't know", click -> send(Response.BLANK));
        next = new Button("Next question", click -> next());
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(submit, dontKnow, next);
        feedbackArea = new Div();
        feedbackArea.addClassName("feedback-area");
        Span keyHelp = new Span(keyHelp(input));
        keyHelp.addClassNames("text-secondary", "text-s");
        card.add(input, hint, buttons, feedbackArea, keyHelp);

        current().attempt().feedback(number).ifPresentOrElse(this::showFeedback, this::answerKeys);
        input.focusInput();
    }

    private static String keyHelp(AnswerInput input) {
        String choose = input.keyHint();
        return "Keys: " + (choose.isEmpty() ? "" : choose + ", ") + "Enter submits"
                + (input.typed() ? "" : ", N skips to the next question") + ".";
    }

    private void answerKeys() {
        keys.clear();
        keys.on(card, Key.ENTER, this::submit);
        keys.choices(card, input, Set.of());
        if (!input.typed()) {
            keys.on(card, Key.KEY_N, this::next);
        }
    }

    private void submit() {
        if (input == null || submit == null || !submit.isVisible()) {
            return;
        }
        Response response = input.response();
        if (response.isBlank()) {
            hint.setText(input.whatToDoFirst() + ", or press “I don't know” to see it.");
            hint.setVisible(true);
            return;
        }
        send(response);
    }

    private void send(Response response) {
        AnswerResult result;
        try {
            result = service.answer(owner, current().id(), slotNumber, response, clock.instant());
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
                    current().attempt().feedback(slotNumber).ifPresent(this::showFeedback);
                    updateStatus();
                }
            }
        }
    }

    private void showFeedback(SlotFeedback feedback) {
        Question question = current().attempt().slot(slotNumber).question();
        input.setReadOnly(true);
        hint.setVisible(false);
        submit.setVisible(false);
        dontKnow.setVisible(false);
        OptionalInt following = current().nextOpenSlot(slotNumber + 1);
        next.setText(following.isPresent() ? "Next question" : "See the result");
        next.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedbackArea.removeAll();
        feedbackArea.add(new FeedbackPanel(question, feedback));
        keys.clear();
        keys.on(card, Key.ENTER, this::next);
        keys.on(card, Key.KEY_N, this::next);
    }

    private void next() {
        OptionalInt following = current().nextOpenSlot(slotNumber + 1);
        if (following.isPresent()) {
            showSlot(following.getAsInt());
        } else {
            finish();
        }
    }

    private void finish() {
        try {
            update(service.finish(owner, current().id(), clock.instant()));
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            return;
        }
        showResult();
    }

    @Override
    protected void updateStatus() {
        progress.setText(slotNumber == 0 ? current().size() + " questions answered"
                : "Question " + slotNumber + " of " + current().size());
        score.setText(current().scoreSoFar().map(tally -> "Score " + Labels.score(tally)).orElse("Score 0 of 0"));
        countdown.show(current().timeLeft(clock.instant()));
    }

    private void reset() {
        keys.clear();
        removeAll();
        input = null;
        submit = null;
    }
}
