package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.AttachEvent;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.classes.AssignedTest;
import org.cstoquiz.app.classes.Assignment;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;

/**
 * "Assigned to you": the tests a learner's classes assign, the open ones first with their closing
 * time, each started once while open; times in the learner's own time zone.
 */
final class AssignedTests extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    private final Injected<ClassService> classes;
    private final Injected<Clock> clock;
    private final String learner;
    private ZoneId zone;

    AssignedTests(ClassService classes, Clock clock, String learner) {
        this.classes = Injected.of(ClassService.class, classes);
        this.clock = Injected.of(Clock.class, clock);
        this.learner = learner;
        this.zone = clock.getZone();
        addClassName("assigned-tests");
        setPadding(false);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        BrowserZone.whenKnown(event.getUI(), browser -> {
            zone = browser;
            render();
        });
    }

    void render() {
        removeAll();
        List<AssignedTest> assigned = classes.get().assignedTo(learner, clock.get().instant());
        add(new H3("Assigned to you"));
        if (assigned.isEmpty()) {
            add(new Paragraph("No test is assigned to you. Join a class with the code your instructor gives you on "
                    + "the My classes page."));
            return;
        }
        for (AssignedTest test : assigned) {
            add(card(test));
        }
    }

    private Div card(AssignedTest test) {
        Assignment assignment = test.assignment();
        Div card = new Div();
        card.addClassName("assigned-test");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        Span title = new Span("“" + assignment.title() + "” for " + assignment.className());
        title.addClassName("font-semibold");
        Paragraph when = new Paragraph(switch (test.window()) {
            case OPEN -> "Open until " + WHEN.format(assignment.closesAt().atZone(zone)) + ".";
            case UPCOMING -> "Opens " + WHEN.format(assignment.opensAt().atZone(zone)) + ", closes "
                    + WHEN.format(assignment.closesAt().atZone(zone)) + ".";
            case CLOSED -> "Closed " + WHEN.format(assignment.closesAt().atZone(zone)) + ".";
        });
        when.getStyle().set("margin", "0");
        card.add(title, when);
        if (test.canStart()) {
            long assignmentId = assignment.id();
            Button start = new Button("Start “" + assignment.title() + "” for " + assignment.className(),
                    click -> start(assignmentId));
            start.addThemeVariants(ButtonVariant.PRIMARY);
            card.add(start);
        } else if (test.testId().isPresent()) {
            long id = test.testId().get();
            boolean inProgress = test.inProgress();
            Button open = new Button(inProgress ? "Continue the test" : "See the result",
                    click -> UI.getCurrent().navigate("tests/" + id + (inProgress ? "" : "/result")));
            if (test.inProgress()) {
                open.addThemeVariants(ButtonVariant.PRIMARY);
            }
            card.add(open);
        } else if (test.window() == Assignment.Window.CLOSED) {
            card.add(new Paragraph("Not taken."));
        }
        return card;
    }

    private void start(long assignmentId) {
        try {
            SelfTest test = classes.get().start(learner, assignmentId, clock.get().instant());
            UI.getCurrent().navigate("tests/" + test.id());
        } catch (ClassException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            render();
        }
    }
}
