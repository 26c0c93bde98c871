package org.cstoquiz.app.classes;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.BlueprintException;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Classes and the tests assigned to them. An instructor creates a class and gives learners its join
 * code; assigns a test (from a blueprint, one paper for the whole class) with an opening and a
 * closing time; and sees each learner's result and the class's figures, also as CSV. A learner joins
 * with the code, sees the tests assigned to them and starts each once, while it is open; the test is
 * then an ordinary self-assessment test (graded, timed and reviewed as tests are).
 *
 * <p>Every instructor operation checks the role; a learner's operations act on the learner named, who
 * must be the one signed in.
 */
@Service
public class ClassService {

    public static final int MAX_NAME = 80;
    static final String INSTRUCTORS_ONLY = "hasRole('INSTRUCTOR')";
    static final String THE_LEARNER_THEMSELVES = "#learner == authentication.name";
    static final String[] CSV_HEADER = {"learner", "status", "started", "finished", "marks", "max_marks",
        "percentage", "correct", "partially_correct", "incorrect", "blank"};
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int CODE_TRIES = 10;

    private final StoredClassRepository classes;
    private final ClassMemberRepository members;
    private final StoredAssignmentRepository assignments;
    private final AssignmentAttemptRepository started;
    private final SelfTestService tests;
    private final TransactionTemplate transactions;
    private final JoinCodes codes = JoinCodes.secure();

    ClassService(StoredClassRepository classes, ClassMemberRepository members, StoredAssignmentRepository assignments,
                 AssignmentAttemptRepository started, SelfTestService tests, PlatformTransactionManager transactionManager) {
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.started = started;
        this.tests = tests;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ---------------------------------------------------------------- classes (instructors)

    /** Every class, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<QuizClass> classes() {
        return inTransaction(() -> classes.findAllByOrderByNameAsc().stream().map(this::toClass).toList());
    }

    /**
     * Creates a class with a new join code.
     *
     * @throws ClassException if the name is blank, too long or taken
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public QuizClass create(String name, String instructor, Instant now) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ClassException("Give the class a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new ClassException("A class name has at most " + MAX_NAME + " characters.");
        }
        return withNewCode(code -> {
            if (classes.findByNameIgnoreCase(clean).isPresent()) {
                throw new ClassException("There is already a class named “" + clean + "”.");
            }
            return toClass(classes.saveAndFlush(new StoredClass(clean, code, instructor, AttemptStore.exact(now))));
        });
    }

    /** Gives the class a new join code; the old one no longer lets anyone join. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public QuizClass newCode(long classId) {
        return withNewCode(code -> {
            StoredClass stored = storedClass(classId);
            stored.setJoinCode(code);
            return toClass(classes.saveAndFlush(stored));
        });
    }

    /** The learners of a class, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Member> members(long classId) {
        return inTransaction(() -> {
            storedClass(classId);
            return members.findByClassIdOrderByUsernameAsc(classId).stream()
                    .map(member -> new Member(member.getUsername(), member.getJoinedAt())).toList();
        });
    }

    /** Removes a learner from a class; the tests they took for it are kept. Removing one who is not there is harmless. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public void removeMember(long classId, String username) {
        inTransaction(() -> {
            members.findByClassIdAndUsername(classId, username).ifPresent(members::delete);
            return null;
        });
    }

    // ---------------------------------------------------------------- joining (learners)

    /**
     * Joins the class whose code the learner typed (case, spaces and hyphens do not matter). Joining a
     * class again is harmless.
     *
     * @throws ClassException if no class has that code (it may have been replaced)
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public QuizClass join(String learner, String typedCode, Instant now) {
        String code = JoinCodes.normal(typedCode);
        if (code.isEmpty()) {
            throw new ClassException("Type the code your instructor gave you.");
        }
        try {
            return inTransaction(() -> {
                StoredClass found = classes.findByJoinCode(code).orElseThrow(() -> new ClassException(
                        "No class has the code “" + code + "”. Check it with your instructor: they may have replaced it "
                                + "with a new one."));
                if (members.findByClassIdAndUsername(found.getId(), learner).isEmpty()) {
                    members.saveAndFlush(new ClassMember(found.getId(), learner, AttemptStore.exact(now)));
                }
                return toClass(found);
            });
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, ClassMember.UNIQUE_MEMBER)) {
                // joined at the same moment from another page: a member all the same
                return inTransaction(() -> toClass(classes.findByJoinCode(code).orElseThrow()));
            }
            throw e;
        }
    }

    /** The classes the learner belongs to, by name. */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public List<String> classNamesOf(String learner) {
        return inTransaction(() -> members.findByUsername(learner).stream()
                .map(member -> classes.findById(member.getClassId()).map(StoredClass::getName).orElse(""))
                .sorted().toList());
    }

    // ---------------------------------------------------------------- assignments

    /**
     * Assigns a test from a blueprint to a class, open from {@code opens} to {@code closes}, both read
     * in {@code zone} (the instructor's). Every learner gets the same questions.
     *
     * @throws ClassException if the class or blueprint is gone or the times do not make a window
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public Assignment assign(long classId, long blueprintId, LocalDateTime opens, LocalDateTime closes, ZoneId zone,
                             String instructor, Instant now) {
        if (opens == null || closes == null) {
            throw new ClassException("Give the opening and the closing time.");
        }
        Instant opensAt = AttemptStore.exact(opens.atZone(zone).toInstant());
        Instant closesAt = AttemptStore.exact(closes.atZone(zone).toInstant());
        if (!closesAt.isAfter(opensAt)) {
            throw new ClassException("The closing time must be after the opening time.");
        }
        if (!closesAt.isAfter(now)) {
            throw new ClassException("The closing time has already passed; choose a later one.");
        }
        Blueprint blueprint;
        try {
            blueprint = tests.blueprint(blueprintId);
        } catch (BlueprintException gone) {
            throw new ClassException("That blueprint no longer exists; choose another.");
        }
        return inTransaction(() -> {
            StoredClass stored = storedClass(classId);
            return assignments.saveAndFlush(new StoredAssignment(classId, blueprintId, blueprint.name(),
                    ThreadLocalRandom.current().nextLong(), opensAt, closesAt, instructor, AttemptStore.exact(now)))
                    .toAssignment(stored.getName());
        });
    }

    /** The blueprints a test can be assigned from, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Blueprint> blueprints() {
        return tests.blueprints();
    }

    /** A class's assignments, the latest opening first. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Assignment> assignments(long classId) {
        return inTransaction(() -> {
            StoredClass stored = storedClass(classId);
            return assignments.findByClassIdOrderByOpensAtDesc(classId).stream()
                    .map(assignment -> assignment.toAssignment(stored.getName())).toList();
        });
    }

    /**
     * The tests assigned to the learner through their classes: the open ones first (closing soonest
     * first), then those still to open, then the closed ones (latest first).
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public List<AssignedTest> assignedTo(String learner, Instant now) {
        return inTransaction(() -> {
            Map<Long, String> classNames = new LinkedHashMap<>();
            members.findByUsername(learner).forEach(member -> classes.findById(member.getClassId())
                    .ifPresent(found -> classNames.put(found.getId(), found.getName())));
            if (classNames.isEmpty()) {
                return List.of();
            }
            return assignments.findByClassIdIn(classNames.keySet()).stream()
                    .map(stored -> {
                        Assignment assignment = stored.toAssignment(classNames.get(stored.getClassId()));
                        Optional<AssignmentAttempt> mine = started.findByAssignmentIdAndUsername(stored.getId(), learner);
                        boolean inProgress = mine.map(attempt -> tests.test(learner, attempt.getAttemptId(), now).isOpen())
                                .orElse(false);
                        return new AssignedTest(assignment, assignment.window(now), mine.map(AssignmentAttempt::getAttemptId),
                                inProgress);
                    })
                    .sorted(Comparator.comparingInt((AssignedTest test) -> FIRST_SHOWN.indexOf(test.window()))
                            .thenComparingLong(ClassService::shownOrder))
                    .toList();
        });
    }

    private static final List<Assignment.Window> FIRST_SHOWN =
            List.of(Assignment.Window.OPEN, Assignment.Window.UPCOMING, Assignment.Window.CLOSED);

    /** Open ones closing soonest first, those to open soonest first, closed ones latest first. */
    private static long shownOrder(AssignedTest test) {
        Assignment assignment = test.assignment();
        return switch (test.window()) {
            case OPEN -> assignment.closesAt().toEpochMilli();
            case UPCOMING -> assignment.opensAt().toEpochMilli();
            case CLOSED -> -assignment.closesAt().toEpochMilli();
        };
    }

    /**
     * Starts the learner's test for an assignment: only while it is open, only once, and only for a
     * learner of its class. The test is an ordinary self-assessment test, with the class's questions;
     * its time runs out when the assignment closes, if not before (by the blueprint's time limit).
     *
     * @throws ClassException saying why it cannot be started, with nothing stored
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public SelfTest start(String learner, long assignmentId, Instant now) {
        Instant at = AttemptStore.exact(now);
        try {
            return inTransaction(() -> {
                StoredAssignment stored = assignments.findById(assignmentId)
                        .orElseThrow(() -> new ClassException("There is no assigned test " + assignmentId + "."));
                if (members.findByClassIdAndUsername(stored.getClassId(), learner).isEmpty()) {
                    throw new ClassException("This test is assigned to a class you are not in.");
                }
                Assignment assignment = stored.toAssignment("");
                switch (assignment.window(at)) {
                    case UPCOMING -> throw new ClassException("“" + assignment.title() + "” is not open yet.");
                    case CLOSED -> throw new ClassException("“" + assignment.title() + "” has closed: it can no longer "
                            + "be started.");
                    case OPEN -> { }
                }
                if (started.findByAssignmentIdAndUsername(assignmentId, learner).isPresent()) {
                    throw new ClassException("You have already started “" + assignment.title()
                            + "”: an assigned test is taken once.");
                }
                try {
                    tests.blueprint(stored.getBlueprintId());
                } catch (BlueprintException gone) {
                    throw new ClassException("The blueprint of “" + assignment.title() + "” has been removed: ask your "
                            + "instructor to assign the test again.");
                }
                SelfTest test;
                try {
                    test = tests.start(learner, stored.getBlueprintId(), stored.getSeed(), Optional.of(assignment.closesAt()), at);
                } catch (AttemptException refused) {
                    throw new ClassException(refused.getMessage());
                }
                started.saveAndFlush(new AssignmentAttempt(assignmentId, learner, test.id(), at));
                return test;
            });
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, AssignmentAttempt.ONCE)) {
                throw new ClassException("You have already started this test: an assigned test is taken once.");
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- results

    /**
     * Each learner's result (the class's learners, and anyone removed after starting), and the class's
     * figures per area and per question over the closed tests. A test whose time has run out is closed
     * first.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public AssignmentResults results(long assignmentId, Instant now) {
        Instant at = AttemptStore.exact(now);
        return inTransaction(() -> {
            StoredAssignment stored = assignments.findById(assignmentId)
                    .orElseThrow(() -> new ClassException("There is no assigned test " + assignmentId + "."));
            Assignment assignment = stored.toAssignment(storedClass(stored.getClassId()).getName());
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

    /**
     * The learners' results as CSV (RFC 4180, a header row; times in {@code zone}; marks to 2 decimal
     * places, percentages too), for a spreadsheet.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public String resultsCsv(long assignmentId, Instant now, ZoneId zone) {
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

    /** "results-<class>-<test>.csv", in letters, digits and hyphens. */
    public static String csvFileName(Assignment assignment) {
        return "results-" + slug(assignment.className()) + "-" + slug(assignment.title()) + ".csv";
    }

    private static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "class" : slug;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    // ---------------------------------------------------------------- helpers

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** Runs {@code work} with a code no class has; should another take it at the same moment, with another. */
    private QuizClass withNewCode(Function<String, QuizClass> work) {
        for (int tries = 1; ; tries++) {
            String code = codes.next();
            try {
                return inTransaction(() -> {
                    if (classes.existsByJoinCode(code)) {
                        throw new CodeTaken();
                    }
                    return work.apply(code);
                });
            } catch (CodeTaken | DataIntegrityViolationException taken) {
                if (taken instanceof DataIntegrityViolationException e && !Constraints.violated(e, StoredClass.UNIQUE_CODE)
                        || tries == CODE_TRIES) {
                    throw taken;
                }
            }
        }
    }

    private static final class CodeTaken extends RuntimeException {
        CodeTaken() {
            super("no free join code found", null, false, false);
        }
    }

    private StoredClass storedClass(long classId) {
        return classes.findById(classId).orElseThrow(() -> new ClassException("There is no class " + classId + "."));
    }

    private QuizClass toClass(StoredClass stored) {
        return stored.toClass((int) members.countByClassId(stored.getId()));
    }
}
