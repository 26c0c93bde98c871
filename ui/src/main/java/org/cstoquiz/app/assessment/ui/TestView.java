package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
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
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.FeedbackPanel;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.assessment.TestChange;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.Tally;

/**
 * One test. While it is open: a question at a time, a button per question to move around (showing
 * which are answered and flagged), every change of an answer stored at once, a countdown from the
 * stored deadline, and a summary of unanswered and flagged questions before submitting. Once it is
 * closed (submitted, or its time ran out, whoever was watching): the result, with every question,
 * the learner's answer, the correct one, why, and the source.
 *
 * <p>Keys while answering: 1–9 or A–I choose, Enter saves and goes to the next question, N next,
 * P previous, F flags (letters only where no answer is typed).
 */
@Route("tests/:id(\\d+)")
@PageTitle("Test | CSTO Quiz")
@PermitAll
class TestView extends VerticalLayout implements BeforeEnterObserver {

    private static final int POLL_MILLIS = 1000;
    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
        Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
    private static final Key[] LETTERS = {Key.KEY_A, Key.KEY_B, Key.KEY_C, Key.KEY_D, Key.KEY_E, Key.KEY_F,
        Key.KEY_G, Key.KEY_H, Key.KEY_I};

    private final SelfTestService service;
    private final Clock clock;
    private final String owner;

    private long id;
    /** The test as the server last returned it. */
    private SelfTest test;
    private int slotNumber;
    private AnswerInput input;
    private final Span progress = new Span();
    private final Span answered = new Span();
    private final Span countdown = new Span();
    private final Span status = new Span();
    private final List<ShortcutRegistration> keys = new ArrayList<>();
    private Registration polling;

    TestView(SelfTestService service, Clock clock, AuthenticationContext authentication) {
        this.service = service;
        this.clock = clock;
        this.owner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        countdown.addClassName("test-countdown");
        countdown.getElement().setAttribute("aria-live", "off");
        status.addClassName("test-status");
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("display", "block").set("min-height", "1.5em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(poll -> tick());
        try {
            test = service.test(owner, id, clock.instant());
        } catch (AttemptException e) {
            removeAll();
            add(new H2("Test"), new Paragraph(e.getMessage()), new RouterLink("Back to the tests", TestsView.class));
            return;
        }
        if (test.isOpen()) {
            showSlot(test.unanswered().stream().findFirst().orElse(1));
        } else {
            showResult(null);
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

    // ---------------------------------------------------------------- answering

    private void showSlot(int number) {
        reset();
        slotNumber = number;
        Slot slot = test.slot(number);
        Question question = slot.question();
        Button toSummary = new Button("Finish the test…", click -> showSummary());
        toSummary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(progress, answered, countdown, toSummary);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.getStyle().set("flex-wrap", "wrap");
        toSummary.getStyle().set("margin-left", "auto");
        add(new H2(test.title()), header, navigation());
        updateStatus();

        Div card = new Div();
        card.addClassName("question-card");
        card.setWidthFull();
        Paragraph stem = new Paragraph(question.stem());
        stem.addClassName("question-stem");
        stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        card.add(stem);
        if (!question.prompts().isEmpty()) {
            card.add(new Span("Match each on the left with one answer."));
        }
        input = AnswerInput.of(question);
        input.show(slot.currentResponse());
        input.onChange(this::saveAnswer);
        Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), click -> go(slotNumber - 1));
        previous.setEnabled(number > 1);
        Button next = new Button(number < test.size() ? "Next" : "To the summary", VaadinIcon.ARROW_RIGHT.create(),
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
        for (Slot slot : test.attempt().slots()) {
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
        keys.add(Shortcuts.addShortcutListener(card, () -> go(slotNumber + 1), Key.ENTER).resetFocusOnActiveElement());
        if (input.typed()) {
            return;
        }
        int options = Math.min(input.keyedOptions(), DIGITS.length);
        for (int i = 0; i < options; i++) {
            int position = i + 1;
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(position), DIGITS[i]));
            if (LETTERS[i] != Key.KEY_F) {
                keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(position), LETTERS[i]));
            }
        }
        if (input instanceof AnswerInput.TrueOrFalse) {
            keys.add(Shortcuts.addShortcutListener(card, () -> input.choose(1), Key.KEY_T));
        }
        keys.add(Shortcuts.addShortcutListener(card, () -> go(slotNumber + 1), Key.KEY_N));
        keys.add(Shortcuts.addShortcutListener(card, () -> go(slotNumber - 1), Key.KEY_P));
        keys.add(Shortcuts.addShortcutListener(card, this::toggleFlag, Key.KEY_F));
    }

    /** Stores the answer as it now is in the input (a blank clears it). */
    private boolean saveAnswer() {
        Response response = input.response();
        if (response.equals(test.slot(slotNumber).currentResponse())
                || response.isBlank() && !test.slot(slotNumber).isAnswered()) {
            return true;
        }
        return apply(service.save(owner, test.id(), slotNumber, response, clock.instant()), "Your answer is saved.");
    }

    private void clearAnswer() {
        if (apply(service.save(owner, test.id(), slotNumber, Response.BLANK, clock.instant()), "")) {
            showSlot(slotNumber);
            status.setText("Your answer is cleared.");
        }
    }

    private void toggleFlag() {
        boolean flagged = !test.slot(slotNumber).isFlagged();
        if (saveAnswer() && apply(service.flag(owner, test.id(), slotNumber, flagged, clock.instant()), "")) {
            showSlot(slotNumber);
            status.setText(flagged ? "Flagged for review." : "The flag is removed.");
        }
    }

    /** Saves what is in the input, then shows question {@code number} (past the last: the summary). */
    private void go(int number) {
        if (!saveAnswer() || number < 1) {
            return;
        }
        if (number > test.size()) {
            showSummary();
        } else {
            showSlot(number);
        }
    }

    /**
     * Takes the test as the server returned it. A refusal is shown in words; when it closed the test
     * (its time is up), the result is shown. Returns whether the change was accepted.
     */
    private boolean apply(TestChange change, String accepted) {
        test = change.test();
        if (!test.isOpen()) {
            showResult(change.refusal().orElse(null));
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

    // ---------------------------------------------------------------- the summary

    private void showSummary() {
        reset();
        slotNumber = 0;
        add(new H2(test.title()), new HorizontalLayout(answered, countdown));
        updateStatus();
        add(new H3("Summary before submitting"));
        List<Integer> unanswered = test.unanswered();
        List<Integer> flagged = test.flagged();
        add(new Paragraph((test.size() - unanswered.size()) + " of " + test.size() + " questions answered. "
                + (unanswered.isEmpty() ? "None unanswered" : unanswered.size() + " not answered") + ", "
                + (flagged.isEmpty() ? "none flagged" : flagged.size() + " flagged for review") + "."));
        UnorderedList rows = new UnorderedList();
        rows.addClassName("test-summary");
        for (Slot slot : test.attempt().slots()) {
            String state = (slot.isAnswered() ? "answered" : "not answered") + (slot.isFlagged() ? ", flagged" : "");
            Button open = new Button("Question " + slot.number(), click -> showSlot(slot.number()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span text = new Span(": " + state);
            if (!slot.isAnswered() || slot.isFlagged()) {
                text.addClassName("text-warning");
            }
            rows.add(new ListItem(open, text));
        }
        Button back = new Button("Return to the test", click -> showSlot(unanswered.stream().findFirst().orElse(1)));
        Button submit = new Button("Submit and finish", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Once you submit, answers can no longer be changed."), new HorizontalLayout(back, submit), rows);
    }

    private void submit() {
        try {
            test = service.submit(owner, test.id(), clock.instant());
        } catch (AttemptException e) {
            status.setText(e.getMessage());
            return;
        }
        showResult(null);
    }

    /** Every second of a timed test: the time left from the stored deadline; at zero the test is closed. */
    private void tick() {
        if (test == null || !test.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Duration> left = test.timeLeft(now);
        if (left.isPresent() && left.get().isZero()) {
            test = service.test(owner, test.id(), now);
            if (!test.isOpen()) {
                showResult("Time is up: the test was closed at its deadline, and the answers saved before it are marked.");
                return;
            }
        }
        updateStatus();
    }

    private void updateStatus() {
        progress.setText(slotNumber == 0 ? "" : "Question " + slotNumber + " of " + test.size());
        answered.setText((test.size() - test.unanswered().size()) + " of " + test.size() + " answered");
        Optional<Duration> left = test.timeLeft(clock.instant());
        countdown.setText(left.map(time -> "Time left " + Labels.clock(time)).orElse("Untimed"));
        countdown.getElement().getClassList().set("text-error",
                left.isPresent() && left.get().compareTo(Duration.ofMinutes(1)) < 0);
        getUI().ifPresent(ui -> ui.setPollInterval(left.isPresent() ? POLL_MILLIS : -1));
    }

    // ---------------------------------------------------------------- the result

    private void showResult(String notice) {
        reset();
        AttemptResult result = test.result().orElseThrow();
        add(new H2(test.title()));
        add(new H3(result.state() == AttemptState.TIME_UP ? "Time is up" : "Result"));
        if (notice != null) {
            add(new Paragraph(notice));
        }
        Tally total = result.total();
        Span marks = new Span("Score: " + Labels.score(total) + " (" + Labels.marks(total.percentage()) + "%)");
        marks.addClassNames("test-result", "font-semibold");
        add(new Paragraph(marks, new Span(" · " + Labels.scheme(result.scheme()))));
        add(new Paragraph(total.correct() + " correct, " + total.partiallyCorrect() + " partly correct, "
                + total.incorrect() + " incorrect, " + total.blank() + " not answered · "
                + Labels.clock(result.timeUsed()) + " used"
                + test.deadline().map(deadline -> " of " + Labels.clock(Duration.between(
                        test.attempt().plan().startedAt(), deadline))).orElse("")));
        add(new H3("By area"));
        UnorderedList byArea = new UnorderedList();
        byArea.addClassName("test-areas");
        for (Map.Entry<Area, Tally> area : result.byArea().entrySet()) {
            Tally tally = area.getValue();
            byArea.add(new ListItem(Labels.area(area.getKey()) + ": " + Labels.score(tally) + " · " + tally.correct()
                    + " of " + tally.questions() + " correct"));
        }
        add(byArea);
        add(new H3("Questions"));
        for (Slot slot : test.attempt().slots()) {
            Div card = new Div();
            card.addClassName("question-card");
            card.setWidthFull();
            Span number = new Span("Question " + slot.number());
            number.addClassNames("text-secondary", "text-s");
            Paragraph stem = new Paragraph(slot.question().stem());
            stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
            card.add(number, stem);
            slot.question().prompts().forEach(prompt -> card.add(new Paragraph(prompt.id() + ". " + prompt.text())));
            test.attempt().feedback(slot.number()).ifPresent(feedback -> card.add(new FeedbackPanel(slot.question(), feedback)));
            add(card);
        }
        add(new RouterLink("Back to the tests", TestsView.class));
    }

    // ---------------------------------------------------------------- helpers

    private void reset() {
        keys.forEach(ShortcutRegistration::remove);
        keys.clear();
        removeAll();
        input = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
