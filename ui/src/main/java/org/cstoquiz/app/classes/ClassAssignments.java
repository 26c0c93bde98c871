package org.cstoquiz.app.classes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.BlueprintException;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Tests assigned to classes: assigned by instructors with an opening and a closing time, listed for
 * the learners of those classes, and started by each once while open.
 */
@Component
class ClassAssignments {

    private static final List<Assignment.Window> FIRST_SHOWN =
            List.of(Assignment.Window.OPEN, Assignment.Window.UPCOMING, Assignment.Window.CLOSED);

    private final StoredClassRepository classes;
    private final ClassMemberRepository members;
    private final StoredAssignmentRepository assignments;
    private final AssignmentAttemptRepository started;
    private final SelfTestService tests;
    private final ClassStore store;
    private final ClassPapers papers;

    ClassAssignments(StoredClassRepository classes, ClassMemberRepository members, StoredAssignmentRepository assignments,
                     AssignmentAttemptRepository started, SelfTestService tests, ClassStore store, ClassPapers papers) {
        this.papers = papers;
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.started = started;
        this.tests = tests;
        this.store = store;
    }

    /** The opening and closing instants of a window read in {@code zone}, checked. */
    private static Instant[] window(LocalDateTime opens, LocalDateTime closes, ZoneId zone, Instant now) {
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
        return new Instant[] {opensAt, closesAt};
    }

    Assignment assignPaper(long classId, String title, String packId, List<String> questionIds, LocalDateTime opens,
                           LocalDateTime closes, ZoneId zone, String instructor, Instant now) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new ClassException("Give the paper a title.");
        }
        if (name.length() > Blueprint.MAX_NAME) {
            throw new ClassException("A title has at most " + Blueprint.MAX_NAME + " characters.");
        }
        Instant[] window = window(opens, closes, zone, now);
        List<String> paper = papers.check(packId, questionIds);
        return store.inTransaction(() -> {
            StoredClass stored = store.storedClass(classId);
            return assignments.saveAndFlush(new StoredAssignment(classId, packId, QuestionPool.BANK_SEED, paper, name,
                    window[0], window[1], instructor, AttemptStore.exact(now))).toAssignment(stored.getName());
        });
    }

    /** The ids of a fixed paper's questions that are no longer served (retired since): left out of the tests started now. */
    List<String> leftOut(long assignmentId) {
        StoredAssignment stored = store.inTransaction(() -> assignments.findById(assignmentId)
                .orElseThrow(() -> new ClassException("There is no assigned test " + assignmentId + ".")));
        return stored.getBlueprintId().isPresent() ? List.of() : papers.served(stored).leftOut();
    }

    Assignment assign(long classId, long blueprintId, LocalDateTime opens, LocalDateTime closes, ZoneId zone,
                      String instructor, Instant now) {
        Instant[] window = window(opens, closes, zone, now);
        Instant opensAt = window[0];
        Instant closesAt = window[1];
        Blueprint blueprint;
        try {
            blueprint = tests.blueprint(blueprintId);
        } catch (BlueprintException gone) {
            throw new ClassException("That blueprint no longer exists; choose another.");
        }
        return store.inTransaction(() -> {
            StoredClass stored = store.storedClass(classId);
            return assignments.saveAndFlush(new StoredAssignment(classId, blueprintId, blueprint.name(),
                    ThreadLocalRandom.current().nextLong(), opensAt, closesAt, instructor, AttemptStore.exact(now)))
                    .toAssignment(stored.getName());
        });
    }

    List<Blueprint> blueprints() {
        return tests.blueprints();
    }

    List<Assignment> assignments(long classId) {
        return store.inTransaction(() -> {
            StoredClass stored = store.storedClass(classId);
            return assignments.findByClassIdOrderByOpensAtDesc(classId).stream()
                    .map(assignment -> assignment.toAssignment(stored.getName())).toList();
        });
    }

    List<AssignedTest> assignedTo(String learner, Instant now) {
        return store.inTransaction(() -> {
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
                            .thenComparingLong(ClassAssignments::shownOrder))
                    .toList();
        });
    }

    /** Open ones closing soonest first, those to open soonest first, closed ones latest first. */
    private static long shownOrder(AssignedTest test) {
        Assignment assignment = test.assignment();
        return switch (test.window()) {
            case OPEN -> assignment.closesAt().toEpochMilli();
            case UPCOMING -> assignment.opensAt().toEpochMilli();
            case CLOSED -> -assignment.closesAt().toEpochMilli();
        };
    }

    SelfTest start(String learner, long assignmentId, Instant now) {
        Instant at = AttemptStore.exact(now);
        try {
            return store.inTransaction(() -> {
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
                SelfTest test;
                try {
                    test = stored.getBlueprintId().isPresent() ? startDrawn(learner, stored, assignment, at)
                            : tests.startPaper(learner, assignment.title(), stored.getPaperPack(),
                                    papers.served(stored).questions(), ScoringScheme.PLAIN, assignment.closesAt(), at);
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

    private SelfTest startDrawn(String learner, StoredAssignment stored, Assignment assignment, Instant at) {
        long blueprintId = stored.getBlueprintId().orElseThrow();
        try {
            tests.blueprint(blueprintId);
        } catch (BlueprintException gone) {
            throw new ClassException("The blueprint of “" + assignment.title() + "” has been removed: ask your "
                    + "instructor to assign the test again.");
        }
        return tests.start(learner, blueprintId, stored.getSeed(), Optional.of(assignment.closesAt()), at);
    }
}
