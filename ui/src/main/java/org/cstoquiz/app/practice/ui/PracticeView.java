package org.cstoquiz.app.practice.ui;

import com.vaadin.flow.component.UI;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.practice.PastSession;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * Practice: choose the organization (when several packs are loaded), areas, types, length, a time
 * limit and a scoring scheme, and start a session (shown at {@code practice/:id}); the form offers
 * what the learner chose last time. With a session still
 * open, this page goes on to it: a reload, or coming back later, resumes it. Past sessions are listed,
 * each one's result and review a click away.
 */
@Route("practice")
@PageTitle("Practice")
@Menu(order = 20, title = "Practice", icon = "vaadin:academy-cap")
@PermitAll
class PracticeView extends VerticalLayout implements BeforeEnterObserver {

    static final List<Integer> TIME_LIMITS = List.of(0, 5, 10, 15, 20, 30, 45, 60, 90, 120);
    static final int DEFAULT_LENGTH = 10;
    static final int DEFAULT_MINUTES = 10;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Injected<PracticeService> service;
    private final Injected<Clock> clock;
    private final String owner;

    PracticeView(PracticeService service, Clock clock, AuthenticationContext authentication) {
        this.service = Injected.of(PracticeService.class, service);
        this.clock = Injected.of(Clock.class, clock);
        this.owner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PracticeSession> latest = service.get().latest(owner, clock.get().instant());
        if (latest.isPresent() && latest.get().isOpen()) {
            event.forwardTo(PracticeSessionView.class, AttemptScreen.idOf(latest.get().id()));
            return;
        }
        removeAll();
        showForm(latest);
        showPast();
    }

    private void showForm(Optional<PracticeSession> last) {
        add(new H2("Practice"));
        last.flatMap(PracticeSession::result).ifPresent(result ->
                add(new Paragraph("Your last session: " + Labels.score(result.total()) + " marks ("
                        + Labels.marks(result.total().percentage()) + "%)"
                        + (result.state() == AttemptState.TIME_UP ? ", closed when its time ran out." : "."))));
        add(new Paragraph("Questions come one at a time; after each you see whether you were right, the correct "
                + "answer, why, and the words of the source."));

        PracticeSettings offered = service.get().lastSettings(owner).orElse(new PracticeSettings(java.util.Set.of(),
                java.util.Set.of(), DEFAULT_LENGTH, Optional.of(Duration.ofMinutes(DEFAULT_MINUTES)),
                ScoringScheme.PARTIAL_CREDIT));
        List<PackInfo> packs = service.get().packs();
        String offeredPack = service.get().packOf(offered);
        OrganizationSelect organization = new OrganizationSelect(packs).choose(offeredPack);
        MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
        areas.setItems(Area.values());
        areas.setItemLabelGenerator(Names::area);
        areas.setPlaceholder("All areas");
        areas.setValue(offered.areas());
        MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
        types.setItems(QuestionType.values());
        types.setItemLabelGenerator(Names::type);
        types.setPlaceholder("All types");
        types.setValue(offered.types());
        IntegerField length = new IntegerField("Questions");
        length.setMin(1);
        length.setMax(PracticeSettings.MAX_LENGTH);
        length.setStepButtonsVisible(true);
        length.setValue(offered.length());
        Select<Integer> limit = new Select<>();
        limit.setLabel("Time limit");
        int minutes = (int) offered.timeLimit().map(Duration::toMinutes).orElse(0L).longValue();
        limit.setItems(TIME_LIMITS.contains(minutes) ? TIME_LIMITS
                : java.util.stream.Stream.concat(TIME_LIMITS.stream(), java.util.stream.Stream.of(minutes)).sorted().toList());
        limit.setItemLabelGenerator(Labels::timeLimit);
        limit.setValue(minutes);
        Select<ScoringScheme> scheme = new Select<>();
        scheme.setLabel("Scoring");
        scheme.setItems(ScoringScheme.PARTIAL_CREDIT, ScoringScheme.EXAM_NEGATIVE, ScoringScheme.PLAIN);
        scheme.setItemLabelGenerator(Labels::scheme);
        scheme.setValue(offered.scheme());
        Span matching = new Span();
        matching.addClassName("practice-matching");
        matching.getElement().setAttribute("role", "status");
        Button start = new Button("Start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // each listener calls the method itself: a listener holding another listener is not read back
        // with the session where the two lead to each other
        organization.addValueChangeListener(change -> countMatching(organization, areas, types, matching, start));
        areas.addValueChangeListener(change -> countMatching(organization, areas, types, matching, start));
        types.addValueChangeListener(change -> countMatching(organization, areas, types, matching, start));
        countMatching(organization, areas, types, matching, start);
        start.addClickListener(click -> {
            Integer questions = length.getValue();
            if (questions == null || questions < 1 || questions > PracticeSettings.MAX_LENGTH) {
                length.setInvalid(true);
                length.setErrorMessage("Choose 1 to " + PracticeSettings.MAX_LENGTH + " questions");
                return;
            }
            PracticeSettings settings = new PracticeSettings(areas.getValue(), types.getValue(), questions,
                    limit.getValue() == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(limit.getValue())),
                    scheme.getValue(), Optional.of(organization.getValue().id()));
            PracticeSession session;
            try {
                session = service.get().start(owner, settings, clock.get().instant());
            } catch (AttemptException e) {
                Notification.show(e.getMessage());
                return;
            }
            UI.getCurrent().navigate(PracticeSessionView.class, AttemptScreen.idOf(session.id()));
        });

        // one field a row on a phone, each as wide as the screen; side by side where there is room
        FormLayout fields = new FormLayout(organization, areas, types, length, limit, scheme);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2),
                new FormLayout.ResponsiveStep("48rem", 3));
        HorizontalLayout actions = new HorizontalLayout(start, matching);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(fields, actions);
    }

    /** Says how many questions match the form's organization, areas and types; Start only when some do. */
    private void countMatching(OrganizationSelect organization, MultiSelectComboBox<Area> areas,
                               MultiSelectComboBox<QuestionType> types, Span matching, Button start) {
        int available = service.get().available(organization.getValue().id(), areas.getValue(), types.getValue());
        matching.setText(available == 1 ? "1 question matches" : available + " questions match");
        start.setEnabled(available > 0);
    }

    /** The learner's closed sessions, latest first, each with the way to its result and review. */
    private void showPast() {
        List<PastSession> past = service.get().past(owner);
        add(new H3("Past sessions"));
        if (past.isEmpty()) {
            add(new Paragraph("No session finished yet."));
            return;
        }
        Grid<PastSession> grid = new Grid<>();
        grid.addColumn(session -> WHEN.format(session.startedAt().atZone(clock.get().getZone()))).setHeader("Started")
                .setKey("started").setAutoWidth(true);
        grid.addColumn(session -> session.total().questions()).setHeader("Questions").setKey("questions")
                .setAutoWidth(true);
        grid.addColumn(session -> Labels.score(session.total()) + " (" + Labels.marks(session.total().percentage()) + "%)")
                .setHeader("Score").setKey("score").setAutoWidth(true);
        grid.addColumn(session -> session.state() == AttemptState.TIME_UP ? "Time ran out" : "Finished")
                .setHeader("Ended").setKey("ended").setAutoWidth(true);
        grid.addComponentColumn(session -> {
            Anchor open = new Anchor(RouteConfiguration.forSessionScope().getUrl(PracticeResultView.class,
                    AttemptScreen.idOf(session.id())), "Review");
            open.getElement().setAttribute("aria-label", "Review the session of " + WHEN.format(
                    session.startedAt().atZone(clock.get().getZone())));
            return open;
        }).setHeader("Review").setKey("open").setAutoWidth(true);
        grid.setItems(past);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addClassName("past-sessions");
        add(grid);
    }
}
