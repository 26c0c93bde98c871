package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.classes.AreaFigure;
import org.cstoquiz.app.classes.Assignment;
import org.cstoquiz.app.classes.AssignmentResults;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.LearnerResult;
import org.cstoquiz.app.classes.Member;
import org.cstoquiz.app.classes.QuestionFigure;
import org.cstoquiz.app.classes.QuizClass;

/**
 * An instructor's classes: create one and hand out its join code (or replace the code), see its
 * learners and remove one, assign a test with an opening and a closing time (in the instructor's time
 * zone), and see each assignment's results, the class's figures per area and per question, and the
 * results as CSV.
 */
@Route("classes")
@PageTitle("Classes | CSTO Quiz")
@Menu(order = 80, title = "Classes", icon = "vaadin:group")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class ClassesView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ClassService classes;
    private final Clock clock;
    private final String instructor;
    private ZoneId zone;

    final TextField name = new TextField("Class name");
    final Button create = new Button("Create class");
    final Grid<QuizClass> classGrid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Grid<Member> memberGrid = new Grid<>();
    final Select<Blueprint> blueprint = new Select<>();
    final DateTimePicker opens = new DateTimePicker("Opens");
    final DateTimePicker closes = new DateTimePicker("Closes");
    final Button assign = new Button("Assign the test");
    final Grid<Assignment> assignmentGrid = new Grid<>();
    final VerticalLayout results = new VerticalLayout();
    final Span zoneNote = new Span();
    private Optional<QuizClass> shown = Optional.empty();

    ClassesView(ClassService classes, Clock clock, AuthenticationContext authentication) {
        this.classes = classes;
        this.clock = clock;
        this.instructor = authentication.getPrincipalName().orElseThrow();
        this.zone = clock.getZone();

        name.setMaxLength(ClassService.MAX_NAME);
        name.setPlaceholder("e.g. Group 3, spring term");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.addClickListener(click -> createClass());
        HorizontalLayout createRow = new HorizontalLayout(name, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        classGrid.addColumn(QuizClass::name).setHeader("Class").setKey("Class").setSortable(true).setAutoWidth(true);
        classGrid.addColumn(QuizClass::joinCode).setHeader("Join code").setKey("Join code").setAutoWidth(true);
        classGrid.addColumn(QuizClass::members).setHeader("Learners").setKey("Learners").setAutoWidth(true);
        classGrid.setAllRowsVisible(true);
        classGrid.setEmptyStateText("No class yet: create one above.");
        classGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        classGrid.asSingleSelect().addValueChangeListener(event -> show(Optional.ofNullable(event.getValue())));

        memberGrid.addColumn(Member::username).setHeader("Learner").setKey("Learner").setAutoWidth(true);
        memberGrid.addColumn(member -> WHEN.format(member.joinedAt().atZone(zone))).setHeader("Joined").setKey("Joined")
                .setAutoWidth(true);
        memberGrid.addComponentColumn(this::removeButton).setHeader("").setKey("Remove");
        memberGrid.setAllRowsVisible(true);
        memberGrid.setEmptyStateText("No learner has joined yet: give them the join code.");
        memberGrid.addThemeVariants(GridVariant.LUMO_COMPACT);

        blueprint.setLabel("Test (blueprint)");
        blueprint.setItemLabelGenerator(Blueprint::name);
        blueprint.setWidth("16em");
        opens.setStep(Duration.ofMinutes(15));
        closes.setStep(Duration.ofMinutes(15));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClickListener(click -> assignTest());
        zoneNote.addClassNames("text-s", "text-secondary");

        assignmentGrid.addColumn(Assignment::title).setHeader("Test").setKey("Test").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> WHEN.format(assignment.opensAt().atZone(zone))).setHeader("Opens")
                .setKey("Opens").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> WHEN.format(assignment.closesAt().atZone(zone))).setHeader("Closes")
                .setKey("Closes").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> switch (assignment.window(clock.instant())) {
            case UPCOMING -> "Not open yet";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
        }).setHeader("Now").setKey("Now").setAutoWidth(true);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.setEmptyStateText("No test assigned yet.");
        assignmentGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        assignmentGrid.asSingleSelect().addValueChangeListener(event -> showResults(Optional.ofNullable(event.getValue())));

        detail.setPadding(false);
        results.setPadding(false);
        setMaxWidth("80rem");
        add(new H2("Classes"), createRow, classGrid, detail);
        refreshClasses();
        show(Optional.empty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        BrowserZone.whenKnown(event.getUI(), browser -> {
            // the times shown so far were the server's: keep the instants they stand for
            for (DateTimePicker picker : new DateTimePicker[] {opens, closes}) {
                if (!picker.isEmpty()) {
                    picker.setValue(picker.getValue().atZone(zone).withZoneSameInstant(browser).toLocalDateTime());
                }
            }
            zone = browser;
            zoneNote.setText("Times in " + zone.getId() + ".");
            memberGrid.getDataProvider().refreshAll();
            assignmentGrid.getDataProvider().refreshAll();
        });
    }

    private void createClass() {
        name.setInvalid(false);
        try {
            QuizClass created = classes.create(name.getValue(), instructor, clock.instant());
            name.clear();
            refreshClasses();
            classGrid.select(created);
            Notification.show("Class “" + created.name() + "” created; its join code is " + created.joinCode() + ".",
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ClassException refused) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
        }
    }

    private void refreshClasses() {
        classGrid.setItems(classes.classes());
    }

    private void show(Optional<QuizClass> picked) {
        shown = picked;
        detail.removeAll();
        if (picked.isEmpty()) {
            return;
        }
        QuizClass quizClass = picked.get();
        Span code = new Span(quizClass.joinCode());
        code.addClassName("join-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("letter-spacing", "0.15em");
        Button newCode = new Button("New code…", click -> confirmNewCode(quizClass));
        newCode.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout codeRow = new HorizontalLayout(new Span("Join code:"), code, newCode);
        codeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        memberGrid.setItems(classes.members(quizClass.id()));

        blueprint.setItems(classes.blueprints());
        // by default open from now (to the quarter hour before) for a week
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime quarter = now.minusMinutes(now.getMinute() % 15);
        if (opens.isEmpty()) {
            opens.setValue(quarter);
        }
        if (closes.isEmpty()) {
            closes.setValue(quarter.plusDays(7));
        }
        zoneNote.setText("Times in " + zone.getId() + ".");
        FlexLayout assignRow = new FlexLayout(blueprint, opens, closes, assign);
        assignRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        assignRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignRow.getStyle().set("gap", "var(--lumo-space-m)");
        assignmentGrid.setItems(classes.assignments(quizClass.id()));
        results.removeAll();

        detail.add(new H3(quizClass.name()), codeRow,
                new Paragraph("Learners join on their My classes page with this code."),
                new H4("Learners"), memberGrid,
                new H4("Assign a test"), assignRow, zoneNote,
                new H4("Assigned tests"), assignmentGrid, results);
    }

    private Button removeButton(Member member) {
        Button remove = new Button("Remove…", click -> shown.ifPresent(quizClass -> {
            ConfirmDialog dialog = new ConfirmDialog("Remove " + member.username() + " from " + quizClass.name() + "?",
                    member.username() + " will no longer see this class's tests. The tests they have taken are kept.",
                    "Remove", confirmed -> {
                        classes.removeMember(quizClass.id(), member.username());
                        refreshClasses();
                        memberGrid.setItems(classes.members(quizClass.id()));
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        }));
        remove.addThemeVariants(ButtonVariant.SMALL);
        remove.getElement().setAttribute("aria-label", "Remove: " + member.username());
        return remove;
    }

    private void confirmNewCode(QuizClass quizClass) {
        ConfirmDialog dialog = new ConfirmDialog("Give " + quizClass.name() + " a new join code?",
                "The code " + quizClass.joinCode() + " will no longer work. Learners already in the class stay in it.",
                "New code", confirmed -> {
                    QuizClass changed = classes.newCode(quizClass.id());
                    refreshClasses();
                    classGrid.select(changed);
                    show(Optional.of(changed));
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void assignTest() {
        if (shown.isEmpty()) {
            return;
        }
        blueprint.setInvalid(false);
        closes.setInvalid(false);
        if (blueprint.isEmpty()) {
            blueprint.setErrorMessage("Choose the test to assign.");
            blueprint.setInvalid(true);
            return;
        }
        try {
            Assignment assignment = classes.assign(shown.get().id(), blueprint.getValue().id().orElseThrow(),
                    opens.getValue(), closes.getValue(), zone, instructor, clock.instant());
            assignmentGrid.setItems(classes.assignments(shown.get().id()));
            Notification.show("“" + assignment.title() + "” is assigned to " + assignment.className() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ClassException refused) {
            closes.setErrorMessage(refused.getMessage());
            closes.setInvalid(true);
        }
    }

    private void showResults(Optional<Assignment> picked) {
        results.removeAll();
        if (picked.isEmpty()) {
            return;
        }
        Assignment assignment = picked.get();
        AssignmentResults figures = classes.results(assignment.id(), clock.instant());

        Grid<LearnerResult> learners = new Grid<>();
        learners.addColumn(LearnerResult::username).setHeader("Learner").setKey("Learner").setAutoWidth(true);
        learners.addColumn(result -> result.status().label()).setHeader("Status").setKey("Status").setAutoWidth(true);
        learners.addColumn(result -> result.total().map(Labels::score).orElse("")).setHeader("Score").setKey("Score")
                .setAutoWidth(true);
        learners.addColumn(result -> result.total().map(total -> Labels.marks(total.percentage()) + "%").orElse(""))
                .setHeader("Percentage").setKey("Percentage").setAutoWidth(true);
        learners.addColumn(result -> result.finishedAt().or(result::startedAt)
                .map(time -> WHEN.format(time.atZone(zone))).orElse("")).setHeader("When").setKey("When").setAutoWidth(true);
        learners.setItems(figures.learners());
        learners.setAllRowsVisible(true);
        learners.setEmptyStateText("The class has no learner.");
        learners.addThemeVariants(GridVariant.LUMO_COMPACT);

        Grid<AreaFigure> areas = new Grid<>();
        areas.addColumn(area -> Names.area(area.area())).setHeader("Area").setKey("Area").setAutoWidth(true);
        areas.addColumn(AreaFigure::asked).setHeader("Asked").setKey("Asked").setAutoWidth(true);
        areas.addColumn(AreaFigure::answered).setHeader("Answered").setKey("Answered").setAutoWidth(true);
        areas.addColumn(area -> facility(area.facility())).setHeader("Facility").setKey("Facility").setAutoWidth(true);
        areas.addColumn(area -> Labels.marks(area.percentage()) + "%").setHeader("Marks").setKey("Marks").setAutoWidth(true);
        areas.setItems(figures.areas());
        areas.setAllRowsVisible(true);
        areas.setEmptyStateText("No test submitted yet.");
        areas.addThemeVariants(GridVariant.LUMO_COMPACT);

        Grid<QuestionFigure> questions = new Grid<>();
        questions.addColumn(QuestionFigure::stem).setHeader("Question").setKey("Question").setFlexGrow(1);
        questions.addColumn(question -> Names.area(question.area())).setHeader("Area").setKey("Area").setAutoWidth(true);
        questions.addColumn(QuestionFigure::answered).setHeader("Answered").setKey("Answered").setAutoWidth(true);
        questions.addColumn(question -> facility(question.facility())).setHeader("Facility").setKey("Facility")
                .setAutoWidth(true);
        questions.setItems(figures.questions());
        questions.setAllRowsVisible(true);
        questions.setEmptyStateText("No test submitted yet.");
        questions.addThemeVariants(GridVariant.LUMO_COMPACT);

        long id = assignment.id();
        ZoneId csvZone = zone;
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = classes.resultsCsv(id, clock.instant(), csvZone).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), ClassService.csvFileName(assignment),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "Download the results (CSV)");
        csv.getElement().setAttribute("download", true);
        Button refresh = new Button("Refresh", click -> showResults(Optional.of(assignment)));
        refresh.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout actions = new HorizontalLayout(csv, refresh);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        results.add(new H3("Results: “" + assignment.title() + "”"), actions, learners,
                new H4("By area"), new Paragraph("Facility: the mean score (0 to 1) of the questions asked, a blank "
                        + "counting 0; over the tests submitted or ended by the clock."), areas,
                new H4("By question"), questions);
    }

    private static String facility(double facility) {
        return String.format(Locale.ROOT, "%.2f", facility);
    }
}
