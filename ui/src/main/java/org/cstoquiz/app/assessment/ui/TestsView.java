package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cstoquiz.app.base.ui.FirstOnPage;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.PastTest;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.engine.attempt.AttemptState;
import org.springframework.beans.factory.ObjectProvider;

/** Self-assessment tests: the blueprints to start one from, the test in progress, and past results. */
@Route("tests")
@PageTitle("Tests")
@Menu(order = 25, title = "Tests", icon = "vaadin:clipboard-check")
@PermitAll
class TestsView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Injected<SelfTestService> service;
    private final Injected<Clock> clock;
    private final String owner;
    /** The sections put first on the page; drawn on attach, which a screen read back with the session has had. */
    private final transient ObjectProvider<FirstOnPage> first;

    TestsView(SelfTestService service, Clock clock, AuthenticationContext authentication,
              ObjectProvider<FirstOnPage> first) {
        this.service = Injected.of(SelfTestService.class, service);
        this.clock = Injected.of(Clock.class, clock);
        this.first = first;
        this.owner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        render();
    }

    private void render() {
        removeAll();
        add(new H2("Tests"));
        add(new Paragraph("A test is marked when you submit it, as in an exam: move between the questions, change "
                + "your answers and flag the ones to look at again until then. The result shows every question "
                + "with the correct answer and the source."));
        first.orderedStream().forEach(section -> section.forLearner(owner).ifPresent(this::add));
        Optional<SelfTest> current = service.get().current(owner, clock.get().instant());
        current.ifPresent(test -> {
            Paragraph inProgress = new Paragraph("You have a test in progress: “" + test.title() + "”, "
                    + (test.size() - test.unanswered().size()) + " of " + test.size() + " answered"
                    + test.timeLeft(clock.get().instant()).map(left -> ", " + Labels.clock(left) + " left").orElse("") + ".");
            long id = test.id();
            Button resume = new Button("Continue the test", click -> open(id));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(inProgress, resume);
        });

        add(new H3("Start a test"));
        FlexLayout cards = new FlexLayout();
        cards.addClassName("blueprint-cards");
        // as wide as the page, so the cards wrap onto more rows instead of running off a narrow screen
        cards.setWidthFull();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (Blueprint blueprint : service.get().blueprints()) {
            cards.add(card(blueprint, current.isEmpty()));
        }
        add(cards);

        List<PastTest> past = service.get().past(owner);
        add(new H3("Past results"));
        if (past.isEmpty()) {
            add(new Paragraph("No test taken yet."));
            return;
        }
        ZoneId zone = clock.get().getZone();
        Grid<PastTest> grid = new Grid<>();
        grid.addColumn(test -> WHEN.format(test.startedAt().atZone(zone))).setHeader("Taken").setKey("taken")
                .setAutoWidth(true);
        grid.addColumn(PastTest::title).setHeader("Test").setKey("test").setAutoWidth(true);
        grid.addColumn(test -> Labels.score(test.total()) + " (" + Labels.marks(test.total().percentage()) + "%)").setHeader("Score").setKey("score").setAutoWidth(true);
        grid.addColumn(test -> Labels.clock(test.timeUsed())).setHeader("Time used").setKey("time").setAutoWidth(true);
        grid.addColumn(test -> test.state() == AttemptState.TIME_UP ? "Time ran out" : "Submitted")
                .setHeader("Ended").setKey("ended").setAutoWidth(true);
        grid.addComponentColumn(test -> new Anchor(RouteConfiguration.forSessionScope().getUrl(TestResultView.class,
                AttemptScreen.idOf(test.id())), "See the result"))
                .setHeader("").setKey("open").setAutoWidth(true);
        grid.setItems(past);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div card(Blueprint blueprint, boolean canStart) {
        Div card = new Div();
        card.addClassName("blueprint-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("flex", "1 1 16rem").set("max-width", "100%");
        long id = blueprint.id().orElseThrow();
        Button start = new Button("Start “" + blueprint.name() + "”", click -> start(id));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(canStart);
        card.add(new H3(blueprint.name()));
        if (service.get().packs().size() > 1) {
            Paragraph organization = new Paragraph(service.get().organizationOf(blueprint).name());
            organization.addClassName("blueprint-organization");
            card.add(organization);
        }
        card.add(new Paragraph(describe(blueprint)), start);
        return card;
    }

    /**
     * "25 questions · 30 minutes · all areas · all types · scored: …"; a blueprint with parts names
     * them: "10 questions · 10 minutes · 5 Dates, true or false; 5 any area, numeric · …".
     */
    static String describe(Blueprint blueprint) {
        String areas = blueprint.areas().isEmpty() ? "all areas"
                : blueprint.areas().stream().sorted().map(Names::area).collect(Collectors.joining(", "));
        String types = blueprint.types().isEmpty() ? "all types"
                : blueprint.types().stream().sorted().map(Names::type).collect(Collectors.joining(", "));
        String madeOf = blueprint.parts().isEmpty() ? areas + " · " + types
                : blueprint.parts().stream().map(part -> part.questions() + " " + SelfTestService.describe(part))
                .collect(Collectors.joining("; "));
        return blueprint.questions() + " questions · " + Labels.timeLimit(blueprint.minutes()) + " · " + madeOf + " · "
                + Labels.scheme(blueprint.scheme());
    }

    private void start(long blueprintId) {
        try {
            SelfTest test = service.get().start(owner, blueprintId, clock.get().instant());
            open(test.id());
        } catch (AttemptException e) {
            Notification.show(e.getMessage());
            render();
        }
    }

    private static void open(long id) {
        UI.getCurrent().navigate(TestView.class, AttemptScreen.idOf(id));
    }
}
