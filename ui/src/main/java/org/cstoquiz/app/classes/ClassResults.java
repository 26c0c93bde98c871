package org.cstoquiz.app.classes;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.springframework.stereotype.Component;

/** An assigned test's results: each learner's, the class's figures, and the learners' results as CSV. */
@Component
class ClassResults {

    static final String[] CSV_HEADER = {"learner", "status", "started", "finished", "marks", "max_marks",
        "percentage", "correct", "partially_correct", "incorrect", "blank"};
    static final String[] FIGURES_HEADER = {"section", "area", "question_id", "question", "asked", "answered",
        "facility", "marks_percentage"};
    static final String AREA_SECTION = "area";
    static final String QUESTION_SECTION = "question";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClassMemberRepository members;
    private final StoredAssignmentRepository assignments;
    private final AssignmentAttemptRepository started;
    private final SelfTestService tests;
    private final ClassStore store;

    ClassResults(ClassMemberRepository members, StoredAssignmentRepository assignments, AssignmentAttemptRepository started,
                 SelfTestService tests, ClassStore store) {
        this.members = members;
        this.assignments = assignments;
        this.started = started;
        this.tests = tests;
        this.store = store;
    }

    AssignmentResults results(long assignmentId, Instant now) {
        Instant at = AttemptStore.exact(now);
        return store.inTransaction(() -> {
            StoredAssignment stored = assignments.findById(assignmentId)
                    .orElseThrow(() -> new ClassException("There is no assigned test " + assignmentId + "."));
            Assignment assignment = stored.toAssignment(store.storedClass(stored.getClassId()).getName());
            Map<String, AssignmentAttempt> byLearner = started.findByAssignmentId(assignmentId).stream()
                    .collect(Collectors.toMap(AssignmentAttempt::getUsername, Function.identity()));
            Set<String> learners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            members.findByClassIdOrderByUsernameAsc(stored.getClassId()).forEach(member -> learners.add(member.getUsername()));
            learners.addAll(byLearner.keySet());
            List<LearnerResult> results = new ArrayList<>();
            List<Attempt> closed = new ArrayList<>();
            for (String learner : learners) {
                AssignmentAttempt attempt = byLearner.get(learner);
                if (attempt == null) {
                    results.add(LearnerResult.notStarted(learner));
                    continue;
                }
                SelfTest test = tests.test(learner, attempt.getAttemptId(), at);
                Optional<AttemptResult> result = test.attempt().result();
                if (result.isEmpty()) {
                    results.add(new LearnerResult(learner, LearnerResult.Status.IN_PROGRESS,
                            Optional.of(attempt.getStartedAt()), Optional.empty(), Optional.empty()));
                    continue;
                }
                closed.add(test.attempt());
                results.add(new LearnerResult(learner, result.get().state() == AttemptState.TIME_UP
                        ? LearnerResult.Status.TIME_UP : LearnerResult.Status.SUBMITTED,
                        Optional.of(attempt.getStartedAt()), Optional.of(result.get().finishedAt()),
                        Optional.of(result.get().total())));
            }
            return new AssignmentResults(assignment, results, ClassFigures.byArea(closed), ClassFigures.byQuestion(closed));
        });
    }

    String resultsCsv(long assignmentId, Instant now, ZoneId zone) {
        AssignmentResults results = results(assignmentId, now);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (LearnerResult learner : results.learners()) {
                var total = learner.total();
                csv.printRecord(learner.username(), learner.status().label(),
                        learner.startedAt().map(time -> CSV_TIME.format(time.atZone(zone))).orElse(""),
                        learner.finishedAt().map(time -> CSV_TIME.format(time.atZone(zone))).orElse(""),
                        total.map(t -> decimal(t.roundedMarksAwarded())).orElse(""),
                        total.map(t -> decimal(t.maxMarks())).orElse(""),
                        total.map(t -> decimal(t.percentage())).orElse(""),
                        total.map(t -> String.valueOf(t.correct())).orElse(""),
                        total.map(t -> String.valueOf(t.partiallyCorrect())).orElse(""),
                        total.map(t -> String.valueOf(t.incorrect())).orElse(""),
                        total.map(t -> String.valueOf(t.blank())).orElse(""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The class's figures as CSV: a row per area (section "area"), then a row per question (section
     * "question"), as the results screen shows them; facility to 4 decimal places, percentages to 2.
     */
    String figuresCsv(long assignmentId, Instant now) {
        AssignmentResults results = results(assignmentId, now);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(FIGURES_HEADER).get())) {
            for (AreaFigure area : results.areas()) {
                csv.printRecord(AREA_SECTION, Names.area(area.area()), "", "", area.asked(), area.answered(),
                        facility(area.facility()), decimal(area.percentage()));
            }
            for (QuestionFigure question : results.questions()) {
                csv.printRecord(QUESTION_SECTION, Names.area(question.area()), question.questionId(), question.stem(),
                        question.asked(), question.answered(), facility(question.facility()), "");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String figuresCsvFileName(Assignment assignment) {
        return "figures-" + slug(assignment.className()) + "-" + slug(assignment.title()) + ".csv";
    }

    static String csvFileName(Assignment assignment) {
        return "results-" + slug(assignment.className()) + "-" + slug(assignment.title()) + ".csv";
    }

    private static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "class" : slug;
    }

    private static String facility(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
