package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.SerializableConsumer;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.classes.Assignment;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;
import org.cstoquiz.domain.PackInfo;

/**
 * A class's assigned tests and the form that assigns one, with an opening and a closing time in the
 * instructor's time zone: drawn from a blueprint, or a fixed paper of questions ticked in the question
 * bank (its export bar lists their ids, pasted here; the order pasted is the order asked).
 */
class AssignmentForm extends VerticalLayout {

    static final String FROM_BLUEPRINT = "Drawn from a blueprint";
    static final String FIXED_PAPER = "A fixed paper";

    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("What to assign", FROM_BLUEPRINT, FIXED_PAPER);
    final Select<Blueprint> blueprint = new Select<>();
    final TextField paperTitle = new TextField("Paper title");
    final Select<PackInfo> organization = new Select<>();
    final TextArea questionIds = new TextArea("Question ids, in order");
    final DateTimePicker opens = new DateTimePicker("Opens");
    final DateTimePicker closes = new DateTimePicker("Closes");
    final Button assign = new Button("Assign the test");
    final Grid<Assignment> assignmentGrid = new Grid<>();
    final Span zoneNote = new Span();

    private final Injected<ClassService> classes;
    private final Injected<Clock> clock;
    private final String instructor;
    private final SerializableSupplier<ZoneId> zone;
    /** The class shown; null for none (a field kept with the session holds no {@code Optional}). */
    private QuizClass shown;

    AssignmentForm(ClassService classes, Clock clock, String instructor, SerializableSupplier<ZoneId> zone,
                   SerializableConsumer<Optional<Assignment>> picked) {
        this.classes = Injected.of(ClassService.class, classes);
        this.clock = Injected.of(Clock.class, clock);
        this.instructor = instructor;
        this.zone = zone;

        blueprint.setLabel("Test (blueprint)");
        blueprint.setItemLabelGenerator(Blueprint::name);
        blueprint.setWidth("16em");
        kind.setValue(FROM_BLUEPRINT);
        kind.addValueChangeListener(event -> showKind());
        paperTitle.setMaxLength(Blueprint.MAX_NAME);
        paperTitle.setWidth("16em");
        organization.setLabel("Organization");
        organization.setItemLabelGenerator(PackInfo::name);
        questionIds.setWidthFull();
        questionIds.setMaxHeight("10em");
        questionIds.setHelperText("Tick the questions in the Question bank (seed " + ClassService.PAPER_BANK_SEED
                + "); its Export and papers bar lists their ids to copy here. Every learner gets these questions in "
                + "this order, a mark a right answer, timed by the closing time.");
        opens.setStep(Duration.ofMinutes(15));
        closes.setStep(Duration.ofMinutes(15));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClickListener(click -> assignTest());
        zoneNote.addClassNames("text-s", "text-secondary");

        assignmentGrid.addColumn(Assignment::title).setHeader("Test").setKey("Test").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> assignment.isPaper() ? "Paper, " + assignment.paperQuestions().size()
                + (assignment.paperQuestions().size() == 1 ? " question" : " questions") : "Blueprint")
                .setHeader("Kind").setKey("Kind").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> ClassesView.WHEN.format(assignment.opensAt().atZone(zone.get())))
                .setHeader("Opens").setKey("Opens").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> ClassesView.WHEN.format(assignment.closesAt().atZone(zone.get())))
                .setHeader("Closes").setKey("Closes").setAutoWidth(true);
        assignmentGrid.addColumn(assignment -> switch (assignment.window(this.clock.get().instant())) {
            case UPCOMING -> "Not open yet";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
        }).setHeader("Now").setKey("Now").setAutoWidth(true);
        assignmentGrid.setAllRowsVisible(true);
        assignmentGrid.setEmptyStateText("No test assigned yet.");
        assignmentGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        assignmentGrid.asSingleSelect().addValueChangeListener(event -> picked.accept(Optional.ofNullable(event.getValue())));

        FlexLayout assignRow = new FlexLayout(blueprint, paperTitle, organization, opens, closes, assign);
        assignRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        assignRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignRow.getStyle().set("gap", "var(--lumo-space-m)");
        setPadding(false);
        add(new H4("Assign a test"), kind, assignRow, questionIds, zoneNote, new H4("Assigned tests"), assignmentGrid);
        showKind();
    }

    private boolean paperChosen() {
        return FIXED_PAPER.equals(kind.getValue());
    }

    private void showKind() {
        boolean paper = paperChosen();
        blueprint.setVisible(!paper);
        paperTitle.setVisible(paper);
        questionIds.setVisible(paper);
        organization.setVisible(paper && classes.get().packs().size() > 1);
    }

    /** Shows the tests assigned to {@code quizClass}, and by default assigns from now for a week. */
    void show(QuizClass quizClass) {
        shown = quizClass;
        blueprint.setItems(classes.get().blueprints());
        List<PackInfo> packs = classes.get().packs();
        organization.setItems(packs);
        if (organization.isEmpty() && !packs.isEmpty()) {
            organization.setValue(packs.getFirst());
        }
        showKind();
        // by default open from now (to the quarter hour before) for a week
        LocalDateTime now = LocalDateTime.ofInstant(clock.get().instant(), zone.get()).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime quarter = now.minusMinutes(now.getMinute() % 15);
        if (opens.isEmpty()) {
            opens.setValue(quarter);
        }
        if (closes.isEmpty()) {
            closes.setValue(quarter.plusDays(7));
        }
        zoneNote.setText("Times in " + zone.get().getId() + ".");
        assignmentGrid.setItems(classes.get().assignments(quizClass.id()));
    }

    /** Shows times in the zone now known; the times picked so far keep the instants they stood for in {@code before}. */
    void zoneChanged(ZoneId before) {
        for (DateTimePicker picker : new DateTimePicker[] {opens, closes}) {
            if (!picker.isEmpty()) {
                picker.setValue(picker.getValue().atZone(before).withZoneSameInstant(zone.get()).toLocalDateTime());
            }
        }
        zoneNote.setText("Times in " + zone.get().getId() + ".");
        assignmentGrid.getDataProvider().refreshAll();
    }

    private void assignTest() {
        if (shown == null) {
            return;
        }
        for (HasValidation field : new HasValidation[] {blueprint, closes, paperTitle, questionIds}) {
            field.setInvalid(false);
        }
        if (!paperChosen() && blueprint.isEmpty()) {
            refuse(blueprint, "Choose the test to assign.");
            return;
        }
        try {
            long classId = shown.id();
            Assignment assignment = paperChosen()
                    ? classes.get().assignPaper(classId, paperTitle.getValue(), organization.getValue() == null ? ""
                            : organization.getValue().id(), ClassService.questionIds(questionIds.getValue()),
                            opens.getValue(), closes.getValue(), zone.get(), instructor, clock.get().instant())
                    : classes.get().assign(classId, blueprint.getValue().id().orElseThrow(), opens.getValue(), closes.getValue(),
                            zone.get(), instructor, clock.get().instant());
            assignmentGrid.setItems(classes.get().assignments(classId));
            Notification.show("“" + assignment.title() + "” is assigned to " + assignment.className() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ClassException refused) {
            String message = refused.getMessage();
            boolean aboutTitle = message.contains("title");
            boolean aboutTimes = message.contains("time");
            refuse(paperChosen() && aboutTitle ? paperTitle : paperChosen() && !aboutTimes ? questionIds : closes, message);
        }
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
