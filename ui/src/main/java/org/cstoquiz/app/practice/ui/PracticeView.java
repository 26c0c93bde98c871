package org.cstoquiz.app.practice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.FeedbackPanel;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.practice.AnswerResult;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.cstoquiz.engine.scoring.Tally;

/**
 * Practice: choose areas, types, length and a time limit, then answer one question at a time with
 * the verdict, the explanation and the source straight after each. Everything that counts (what is
 * accepted, the score, the time left) comes from the server: the countdown is worked out from the
 * stored deadline at every poll, and an answer after the deadline is refused by the service. A
 * reload, or coming back later, resumes the open session at its first unanswered question.
 *
 * <p>Keys while answering: 1–9 or A–I choose an option, Enter submits, N skips to the next
 * question (not while typing an answer); after the feedback, Enter or N goes on.
 */
@Route("practice")
@PageTitle("Practice | CSTO Quiz")
@Menu(order = 20, title = "Practice", icon = "vaadin:academy-cap")
@PermitAll
class PracticeView extends VerticalLayout {

    static final List<Integer> TIME_LIMITS = List.of(0, 5, 10, 15, 20, 30, 45, 60, 90, 120);
    static final int DEFAULT_LENGTH = 10;
    static final int DEFAULT_MINUTES = 10;
    private static final int POLL_MILLIS = 1000;
    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
        Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
    private static final Key[] LETTERS = {Key.KEY_A, Key.KEY_B, Key.KEY_C, Key.KEY_D, Key.KEY_E, Key.KEY_F,
        Key.KEY_G, Key.KEY_H, Key.KEY_I};

    private final PracticeService service;
    private final Clock clock;
    private final String owner;

    /** The session as the server last returned it. */
    private PracticeSession session;
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
    private final Span countdown = new Span();
    private final List<ShortcutRegistration> keys = new ArrayList<>();
    private Registration polling;

    PracticeView(PracticeService service, Clock clock, AuthenticationContext authentication) {
        this.service = service;
        this.clock = clock;
        this.owner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        progress.addClassName("practice-progress");
        score.addClassName("practice-score");
        countdown.addClassName("practice-countdown");
        countdown.getElement().setAttribute("aria-live", "off");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(poll -> tick());
        Optional<PracticeSession> latest = service.latest(owner, clock.instant());
        if (latest.isPresent() && latest.get().isOpen()) {
            session = latest.get();
            showSlot(session.nextOpenSlot(1).orElse(0));
        } else {
            showForm(latest);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    // ---------------------------------------------------------------- choosing a session

    private void showForm(Optional<PracticeSession> last) {
        reset();
        add(new H2("Practice"));
        last.flatMap(PracticeSession::result).ifPresent(result ->
                add(new Paragraph("Your last session: " + Labels.score(result.total()) + " marks ("
                        + Labels.marks(result.total().percentage()) + "%)"
                        + (result.state() == AttemptState.TIME_UP ? ", closed when its time ran out." : "."))));
        add(new Paragraph("Questions come one at a time; after each you see whether you were right, the correct "
                + "answer, why, and the words of the source."));

        MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
        areas.setItems(Area.values());
        areas.setItemLabelGenerator(Labels::area);
        areas.setPlaceholder("All areas");
        MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
        types.setItems(QuestionType.values());
        types.setItemLabelGenerator(Labels::type);
        types.setPlaceholder("All types");
        IntegerField length = new IntegerField("Questions");
        length.setMin(1);
        length.setMax(PracticeSettings.MAX_LENGTH);
        length.setStepButtonsVisible(true);
        length.setValue(DEFAULT_LENGTH);
        Select<Integer> limit = new Select<>();
        limit.setLabel("Time limit");
        limit.setItems(TIME_LIMITS);
        limit.setItemLabelGenerator(Labels::timeLimit);
        limit.setValue(DEFAULT_MINUTES);
        Select<ScoringScheme> scheme = new Select<>();
        scheme.setLabel("Scoring");
        scheme.setItems(ScoringScheme.PARTIAL_CREDIT, ScoringScheme.EXAM_NEGATIVE, ScoringScheme.PLAIN);
        scheme.setItemLabelGenerator(Labels::scheme);
        scheme.setValue(ScoringScheme.PARTIAL_CREDIT);
        Span matching = new Span();
        matching.addClassName("practice-matching");
        Button start = new Button("Start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Runnable count = () -> {
            int available = service.available(areas.getValue(), types.getValue());
            matching.setText(available == 1 ? "1 question matches" : available + " questions match");
            start.setEnabled(available > 0);
        };
        areas.addValueChangeListener(change -> count.run());
        types.addValueChangeListener(change -> count.run());
        count.run();
        start.addClickListener(click -> {
            Integer questions = length.getValue();
            if (questions == null || questions < 1 || questions > PracticeSettings.MAX_LENGTH) {
                length.setInvalid(true);
                length.setErrorMessage("Choose 1 to " + PracticeSettings.MAX_LENGTH + " questions");
                return;
            }
            PracticeSettings settings = new PracticeSettings(areas.getValue(), types.getValue(), questions,
                    limit.getValue() == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(limit.getValue())),
                    scheme.getValue());
            try {
                session = service.start(owner, settings, clock.instant());
            } catch (AttemptException e) {
                Notification.show(e.getMessage());
                return;
            }
            showSlot(1);
        });

        FlexLayout fields = new FlexLayout(areas, types, length, limit, scheme);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout actions = new HorizontalLayout(start, matching);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(fields, actions);
    }

    // ---------------------------------------------------------------- answering

    /** Shows question {@code number}, or, when every question is answered, the way to the result. */
    private void showSlot(int number) {
        reset();
        slotNumber = number;
        Button finish = new Button("Finish session", click -> finish());
        finish.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(progress, score, countdown, finish);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.getStyle().set("flex-wrap", "wrap");
        finish.getStyle().set("margin-left", "auto");
        add(new H2("Practice"), header);
        updateStatus();
        getUI().ifPresent(ui -> ui.setPollInterval(session.deadline().isPresent() ? POLL_MILLIS : -1));

        card = new Div();
        card.addClassName("question-card");
        card.setWidthFull();
        add(card);
        if (number == 0) {
            card.add(new Paragraph("You have answered every question."));
            next = new Button("See the result", click -> finish());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(next);
            keys.add(Shortcuts.addShortcutListener(card, this::finish, Key.ENTER));
            keys.add(Shortcuts.addShortcutListener(card, this::finish, Key.KEY_N));
            return;
        }

        Question question = session.attempt().slot(number).question();
        Paragraph stem = new Paragraph(question.stem());
        stem.addClassName("question-stem");
        stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        if (!question.prompts().isEmpty()) {
            card.add(stem, new Span("Match each on the left with one answer."));
        } else {
            card.add(stem);
        }
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

        session.attempt().feedback(number).ifPresentOrElse(this::showFeedback, this::answerKeys);
        input.focusInput();
    }

    private static String keyHelp(AnswerInput input) {
        String choose = input.keyHint();
        return "Keys: " + (choose.isEmpty() ? "" : choose + ", ") + "Enter submits"
                + (input.typed() ? "" : ", N skips to the next question") + ".";
    }

    private void answerKeys() {
        clearKeys();
        keys.add(Shortcuts.addShortcutListener(card, this::submit, Key.ENTER));
        int options = Math.min(input.keyedOptions(), DIGITS.length);
        for (int i = 0; i < options; i++) {
            int position = i + 1;
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(position), DIGITS[i]));
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(position), LETTERS[i]));
        }
        if (input instanceof AnswerInput.TrueOrFalse) {
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(1), Key.KEY_T));
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(2), Key.KEY_F));
        }
        if (!input.typed()) {
            keys.add(Shortcuts.addShortcutListener(card, this::next, Key.KEY_N));
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
            result = service.answer(owner, session.id(), slotNumber, response, clock.instant());
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            return;
        }
        session = result.session();
        switch (result) {
            case AnswerResult.Graded graded -> {
                showFeedback(graded.feedback());
                updateStatus();
            }
            case AnswerResult.Refused refused -> {
                if (!session.isOpen()) {
                    showResult(refused.message());
                } else {
                    hint.setText(refused.message());
                    hint.setVisible(true);
                    session.attempt().feedback(slotNumber).ifPresent(this::showFeedback);
                    updateStatus();
                }
            }
        }
    }

    private void showFeedback(SlotFeedback feedback) {
        Question question = session.attempt().slot(slotNumber).question();
        input.setReadOnly(true);
        hint.setVisible(false);
        submit.setVisible(false);
        dontKnow.setVisible(false);
        OptionalInt following = session.nextOpenSlot(slotNumber + 1);
        next.setText(following.isPresent() ? "Next question" : "See the result");
        next.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedbackArea.removeAll();
        feedbackArea.add(new FeedbackPanel(question, feedback));
        clearKeys();
        keys.add(Shortcuts.addShortcutListener(card, this::next, Key.ENTER));
        keys.add(Shortcuts.addShortcutListener(card, this::next, Key.KEY_N));
    }

    private void next() {
        OptionalInt following = session.nextOpenSlot(slotNumber + 1);
        if (following.isPresent()) {
            showSlot(following.getAsInt());
        } else {
            finish();
        }
    }

    private void finish() {
        try {
            session = service.finish(owner, session.id(), clock.instant());
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            return;
        }
        showResult(null);
    }

    /** Every second of a timed session: the time left from the stored deadline; at zero the session is closed. */
    private void tick() {
        if (session == null || !session.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Duration> left = session.timeLeft(now);
        if (left.isPresent() && left.get().isZero()) {
            session = service.session(owner, session.id(), now);
            if (!session.isOpen()) {
                showResult("Time is up: the session was closed at its deadline, and the answers given before it are scored.");
                return;
            }
        }
        updateStatus();
    }

    private void updateStatus() {
        progress.setText(slotNumber == 0 ? session.size() + " questions answered"
                : "Question " + slotNumber + " of " + session.size());
        score.setText(session.scoreSoFar().map(tally -> "Score " + Labels.score(tally)).orElse("Score 0 of 0"));
        Optional<Duration> left = session.timeLeft(clock.instant());
        countdown.setText(left.map(time -> "Time left " + Labels.clock(time)).orElse("Untimed"));
        countdown.getElement().getClassList().set("text-error",
                left.isPresent() && left.get().compareTo(Duration.ofMinutes(1)) < 0);
    }

    // ---------------------------------------------------------------- the result

    private void showResult(String notice) {
        reset();
        AttemptResult result = session.result().orElseThrow();
        add(new H2("Practice"));
        add(new H3(result.state() == AttemptState.TIME_UP ? "Time is up" : "Session finished"));
        if (notice != null) {
            add(new Paragraph(notice));
        }
        Tally total = result.total();
        Span marks = new Span("Score: " + Labels.score(total) + " (" + Labels.marks(total.percentage()) + "%)");
        marks.addClassNames("practice-result", "font-semibold");
        add(new Paragraph(marks));
        add(new Paragraph(total.correct() + " correct, " + total.partiallyCorrect() + " partly correct, "
                + total.incorrect() + " incorrect, " + total.blank() + " not answered · "
                + Labels.clock(result.timeUsed()) + " used"));
        UnorderedList byArea = new UnorderedList();
        for (Map.Entry<Area, Tally> area : result.byArea().entrySet()) {
            byArea.add(new ListItem(Labels.area(area.getKey()) + ": " + Labels.score(area.getValue())));
        }
        add(byArea);
        Button again = new Button("Start another session", click -> showForm(Optional.of(session)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(again);
    }

    // ---------------------------------------------------------------- helpers

    private void reset() {
        clearKeys();
        removeAll();
        input = null;
        submit = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void clearKeys() {
        keys.forEach(ShortcutRegistration::remove);
        keys.clear();
    }
}
