package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableSupplier;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.classes.AreaFigure;
import org.cstoquiz.app.classes.Assignment;
import org.cstoquiz.app.classes.AssignmentResults;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.LearnerResult;
import org.cstoquiz.app.classes.QuestionFigure;

/** An assigned test's results: each learner's, the class's figures per area and per question, and the CSV. */
class ResultsPanel extends VerticalLayout {

    private final Injected<ClassService> classes;
    private final Injected<Clock> clock;
    private final SerializableSupplier<ZoneId> zone;

    ResultsPanel(ClassService classes, Clock clock, SerializableSupplier<ZoneId> zone) {
        this.classes = Injected.of(ClassService.class, classes);
        this.clock = Injected.of(Clock.class, clock);
        this.zone = zone;
        setPadding(false);
    }

    /** Shows the results of the assignment picked; nothing when none is. */
    void show(Optional<Assignment> picked) {
        removeAll();
        if (picked.isEmpty()) {
            return;
        }
        Assignment assignment = picked.get();
        AssignmentResults figures = classes.get().results(assignment.id(), clock.get().instant());
        Button refresh = new Button("Refresh", click -> show(Optional.of(assignment)));
        refresh.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout actions = new HorizontalLayout(csv(assignment), figuresCsv(assignment), refresh);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");

        add(new H3("Results: “" + assignment.title() + "”"));
        List<String> leftOut = assignment.isPaper() ? classes.get().leftOut(assignment.id()) : List.of();
        if (!leftOut.isEmpty()) {
            Paragraph note = new Paragraph((leftOut.size() == 1 ? "1 question of this paper has been retired"
                    : leftOut.size() + " questions of this paper have been retired") + " since it was assigned: the tests "
                    + "started from now on leave " + (leftOut.size() == 1 ? "it" : "them") + " out ("
                    + String.join(", ", leftOut) + ").");
            note.addClassNames("text-error", "paper-left-out");
            add(note);
        }
        add(actions, learners(figures),
                new H4("By area"), new Paragraph("Facility: the mean score (0 to 1) of the questions asked, a blank "
                        + "counting 0; over the tests submitted or ended by the clock.get()."), areas(figures),
                new H4("By question"), questions(figures));
    }

    private Grid<LearnerResult> learners(AssignmentResults figures) {
        Grid<LearnerResult> learners = new Grid<>();
        learners.addColumn(LearnerResult::username).setHeader("Learner").setKey("Learner").setAutoWidth(true);
        learners.addColumn(result -> result.status().label()).setHeader("Status").setKey("Status").setAutoWidth(true);
        learners.addColumn(result -> result.total().map(Labels::score).orElse("")).setHeader("Score").setKey("Score")
                .setAutoWidth(true);
        learners.addColumn(result -> result.total().map(total -> Labels.marks(total.percentage()) + "%").orElse(""))
                .setHeader("Percentage").setKey("Percentage").setAutoWidth(true);
        learners.addColumn(result -> result.finishedAt().or(result::startedAt)
                .map(time -> ClassesView.WHEN.format(time.atZone(zone.get()))).orElse("")).setHeader("When").setKey("When")
                .setAutoWidth(true);
        learners.setItems(figures.learners());
        learners.setEmptyStateText("The class has no learner.");
        return compact(learners);
    }

    private static Grid<AreaFigure> areas(AssignmentResults figures) {
        Grid<AreaFigure> areas = new Grid<>();
        areas.addColumn(area -> Names.area(area.area())).setHeader("Area").setKey("Area").setAutoWidth(true);
        areas.addColumn(AreaFigure::asked).setHeader("Asked").setKey("Asked").setAutoWidth(true);
        areas.addColumn(AreaFigure::answered).setHeader("Answered").setKey("Answered").setAutoWidth(true);
        areas.addColumn(area -> facility(area.facility())).setHeader("Facility").setKey("Facility").setAutoWidth(true);
        areas.addColumn(area -> Labels.marks(area.percentage()) + "%").setHeader("Marks").setKey("Marks").setAutoWidth(true);
        areas.setItems(figures.areas());
        areas.setEmptyStateText("No test submitted yet.");
        return compact(areas);
    }

    private static Grid<QuestionFigure> questions(AssignmentResults figures) {
        Grid<QuestionFigure> questions = new Grid<>();
        questions.addColumn(QuestionFigure::stem).setHeader("Question").setKey("Question").setFlexGrow(1);
        questions.addColumn(question -> Names.area(question.area())).setHeader("Area").setKey("Area").setAutoWidth(true);
        questions.addColumn(QuestionFigure::answered).setHeader("Answered").setKey("Answered").setAutoWidth(true);
        questions.addColumn(question -> facility(question.facility())).setHeader("Facility").setKey("Facility")
                .setAutoWidth(true);
        questions.setItems(figures.questions());
        questions.setEmptyStateText("No test submitted yet.");
        return compact(questions);
    }

    private static <T> Grid<T> compact(Grid<T> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Anchor csv(Assignment assignment) {
        long id = assignment.id();
        ZoneId csvZone = zone.get();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = classes.get().resultsCsv(id, clock.get().instant(), csvZone).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), ClassService.csvFileName(assignment),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "Download the results (CSV)");
        csv.getElement().setAttribute("download", true);
        return csv;
    }

    private Anchor figuresCsv(Assignment assignment) {
        long id = assignment.id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = classes.get().figuresCsv(id, clock.get().instant()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), ClassService.figuresCsvFileName(assignment),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "Download the figures by area and question (CSV)");
        csv.getElement().setAttribute("download", true);
        return csv;
    }

    private static String facility(double facility) {
        return String.format(Locale.ROOT, "%.2f", facility);
    }
}
