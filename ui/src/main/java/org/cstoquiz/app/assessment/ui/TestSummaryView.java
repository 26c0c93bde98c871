package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.button.Button;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.Countdown;
import org.cstoquiz.app.attempt.ui.StatusLine;
import org.cstoquiz.engine.attempt.Slot;

/**
 * Before submitting a test: how many questions are answered, which are not or are flagged (each a
 * way back to it), and the button that submits. The countdown runs on; at the deadline, or for a test
 * already closed, the result is shown.
 */
@Route("tests/:id(\\d+)/summary")
@PageTitle("Test summary")
@PermitAll
class TestSummaryView extends AttemptScreen<SelfTest> {

    private final Injected<SelfTestService> service;

    private final Span answered = new Span();
    private final Countdown countdown = new Countdown("test-countdown");
    private final Span status = new Span();

    TestSummaryView(SelfTestService service, Clock clock, AuthenticationContext authentication) {
        super(TestScreens.LOAD, TestScreens.LINKS, clock, authentication);
        this.service = Injected.of(SelfTestService.class, service);
        countdown.onTick(this::tick);
        status.addClassName("test-status");
        status.getElement().setAttribute("role", "status");
    }

    /** "3 of 25 answered". */
    static String answered(SelfTest test) {
        return (test.size() - test.unanswered().size()) + " of " + test.size() + " answered";
    }

    @Override
    protected void show(SelfTest test, BeforeEnterEvent event) {
        add(new H2(test.title()), new StatusLine(answered, countdown));
        updateStatus();
        add(new H3("Summary before submitting"));
        List<Integer> unanswered = test.unanswered();
        List<Integer> flagged = test.flagged();
        int firstUnanswered = unanswered.stream().findFirst().orElse(1);
        add(new Paragraph((test.size() - unanswered.size()) + " of " + test.size() + " questions answered. "
                + (unanswered.isEmpty() ? "None unanswered" : unanswered.size() + " not answered") + ", "
                + (flagged.isEmpty() ? "none flagged" : flagged.size() + " flagged for review") + "."));
        UnorderedList rows = new UnorderedList();
        rows.addClassName("test-summary");
        long id = test.id();
        for (Slot slot : test.attempt().slots()) {
            String state = (slot.isAnswered() ? "answered" : "not answered") + (slot.isFlagged() ? ", flagged" : "");
            int number = slot.number();
            Button open = new Button("Question " + number, click -> TestView.open(id, number));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span text = new Span(": " + state);
            if (!slot.isAnswered() || slot.isFlagged()) {
                text.addClassName("text-warning");
            }
            rows.add(new ListItem(open, text));
        }
        Button back = new Button("Return to the test",
                click -> TestView.open(id, firstUnanswered));
        Button submit = new Button("Submit and finish", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Once you submit, answers can no longer be changed."), new HorizontalLayout(back, submit),
                status, rows);
    }

    private void submit() {
        try {
            update(service.get().submit(owner, currentId(), clock().instant()));
        } catch (AttemptException e) {
            status.setText(e.getMessage());
            return;
        }
        showResult();
    }

    @Override
    protected void updateStatus() {
        answered.setText(answered(current()));
        countdown.show(current().timeLeft(clock().instant()));
    }

}
