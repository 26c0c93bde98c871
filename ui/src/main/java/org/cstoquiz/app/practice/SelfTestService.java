package org.cstoquiz.app.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Behaviour;
import org.cstoquiz.engine.attempt.Outcome;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Self-assessment tests: drawn from a blueprint, answered with deferred feedback (answers saved,
 * changed and flagged freely; nothing graded until the whole test is submitted or its time is up),
 * scored under the blueprint's scheme. Like practice, every accepted change is stored as steps when
 * it is made, and the server's clock alone decides the deadline. A learner has at most one test in
 * progress.
 */
@Service
public class SelfTestService {

    static final double MARKS_PER_QUESTION = 1.0;

    private final QuestionPool questions;
    private final AttemptRecords records;
    private final StoredAttemptRepository attempts;
    private final StoredBlueprintRepository blueprints;
    private final AttemptTransactions transactions;

    SelfTestService(QuestionPool questions, AttemptRecords records, StoredAttemptRepository attempts,
                    StoredBlueprintRepository blueprints, AttemptTransactions transactions) {
        this.questions = questions;
        this.records = records;
        this.attempts = attempts;
        this.blueprints = blueprints;
        this.transactions = transactions;
    }

    // ---------------------------------------------------------------- blueprints

    /** Every blueprint, by name. */
    public List<Blueprint> blueprints() {
        return transactions.run(() -> blueprints.findAllByOrderByNameAsc().stream().map(StoredBlueprint::toBlueprint)
                .toList());
    }

    /** @throws PracticeException if there is no blueprint with that id */
    public Blueprint blueprint(long id) {
        return transactions.run(() -> storedBlueprint(id).toBlueprint());
    }

    /** How many questions of the bank a blueprint's areas and types match. */
    public int available(Set<Area> areas, Set<QuestionType> types) {
        return questions.matching(areas, types).size();
    }

    /**
     * Creates the blueprint (no id) or replaces the one with its id. Tests already taken keep the name
     * and questions they had.
     *
     * @throws PracticeException saying what is wrong, with nothing stored
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Blueprint saveBlueprint(Blueprint blueprint) {
        check(blueprint);
        try {
            return transactions.run(() -> {
                blueprints.findByNameIgnoreCase(blueprint.name())
                        .filter(other -> blueprint.id().map(id -> !id.equals(other.getId())).orElse(true))
                        .ifPresent(other -> {
                            throw new PracticeException("There is already a blueprint named “" + blueprint.name() + "”.");
                        });
                StoredBlueprint stored = blueprint.id().map(this::storedBlueprint).orElse(null);
                if (stored == null) {
                    stored = new StoredBlueprint(blueprint);
                } else {
                    stored.update(blueprint);
                }
                return blueprints.saveAndFlush(stored).toBlueprint();
            });
        } catch (DataIntegrityViolationException e) {
            throw new PracticeException("There is already a blueprint named “" + blueprint.name() + "”.");
        }
    }

    /** Removes a blueprint; tests taken from it keep its name. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void deleteBlueprint(long id) {
        transactions.run(() -> {
            blueprints.delete(storedBlueprint(id));
            return null;
        });
    }

    private void check(Blueprint blueprint) {
        if (blueprint.name().isEmpty()) {
            throw new PracticeException("Give the blueprint a name.");
        }
        if (blueprint.name().length() > Blueprint.MAX_NAME) {
            throw new PracticeException("A name has at most " + Blueprint.MAX_NAME + " characters.");
        }
        if (blueprint.questions() < 1 || blueprint.questions() > Blueprint.MAX_QUESTIONS) {
            throw new PracticeException("A test has 1 to " + Blueprint.MAX_QUESTIONS + " questions.");
        }
        if (blueprint.minutes() < 0 || blueprint.minutes() > Blueprint.MAX_MINUTES) {
            throw new PracticeException("The time limit is 0 (untimed) to " + Blueprint.MAX_MINUTES + " minutes.");
        }
        if (blueprint.scheme() == null) {
            throw new PracticeException("Choose how the test is scored.");
        }
        int available = available(blueprint.areas(), blueprint.types());
        if (available < blueprint.questions()) {
            throw new PracticeException(available == 0 ? "No question matches these areas and types."
                    : "Only " + available + " questions match these areas and types; ask for at most " + available + ".");
        }
    }

    private StoredBlueprint storedBlueprint(long id) {
        return blueprints.findById(id)
                .orElseThrow(() -> new PracticeException("There is no test blueprint " + id + "."));
    }

    // ---------------------------------------------------------------- taking a test

    /**
     * Starts a test from the blueprint: its questions drawn at random, spread evenly over the areas
     * that have questions, the deadline fixed now.
     *
     * @throws PracticeException if the blueprint is gone, too few questions match it, or the owner
     *                           already has a test in progress
     */
    public SelfTest start(String owner, long blueprintId, Instant now) {
        Instant startedAt = exact(now);
        Blueprint blueprint = blueprint(blueprintId);
        List<Question> pool = questions.matching(blueprint.areas(), blueprint.types());
        if (pool.size() < blueprint.questions()) {
            throw new PracticeException("Only " + pool.size() + " questions match “" + blueprint.name()
                    + "”; ask an instructor to change it.");
        }
        long seed = ThreadLocalRandom.current().nextLong();
        List<SlotPlan> slots = spreadOverAreas(pool, blueprint.questions(), new Random(seed)).stream()
                .map(question -> new SlotPlan(question, MARKS_PER_QUESTION))
                .toList();
        AttemptPlan plan = blueprint.isTimed()
                ? AttemptPlan.timed(Behaviour.DEFERRED_FEEDBACK, blueprint.scheme(), startedAt,
                        Duration.ofMinutes(blueprint.minutes()), slots)
                : AttemptPlan.untimed(Behaviour.DEFERRED_FEEDBACK, blueprint.scheme(), startedAt, slots);
        Bank source = questions.source();
        return transactions.run(() -> {
            for (long openId : attempts.findIds(owner, AttemptKind.TEST, AttemptState.IN_PROGRESS)) {
                SelfTest open = closeIfOverdue(find(owner, openId), startedAt);
                if (open.isOpen()) {
                    throw new PracticeException("You have a test in progress (“" + open.title()
                            + "”): submit it before starting another.");
                }
            }
            StoredAttempt stored = records.create(owner, AttemptKind.TEST, plan, source.packId(), source.seed(), seed,
                    blueprint.areas(), blueprint.types(), blueprint.name());
            return new SelfTest(stored.getId(), blueprint.name(), Attempt.start(plan));
        });
    }

    /**
     * {@code count} questions: the areas in random order take turns, each giving its next question
     * in random order, so every area is asked about as evenly as the pool allows.
     */
    static List<Question> spreadOverAreas(List<Question> pool, int count, Random random) {
        Map<Area, List<Question>> byArea = new EnumMap<>(Area.class);
        for (Question question : pool) {
            byArea.computeIfAbsent(question.area(), area -> new ArrayList<>()).add(question);
        }
        List<List<Question>> queues = new ArrayList<>();
        for (List<Question> questions : byArea.values()) {
            Collections.shuffle(questions, random);
            queues.add(questions);
        }
        Collections.shuffle(queues, random);
        List<Question> drawn = new ArrayList<>(count);
        for (int round = 0; drawn.size() < count; round++) {
            for (List<Question> queue : queues) {
                if (round < queue.size() && drawn.size() < count) {
                    drawn.add(queue.get(round));
                }
            }
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** The owner's test in progress, if any; one whose deadline has passed is closed, not resumed. */
    public Optional<SelfTest> current(String owner, Instant now) {
        Instant at = exact(now);
        return transactions.run(() -> attempts.findIds(owner, AttemptKind.TEST, AttemptState.IN_PROGRESS).stream()
                .map(id -> closeIfOverdue(find(owner, id), at))
                .filter(SelfTest::isOpen)
                .findFirst());
    }

    /**
     * One of the owner's tests (closed first if its deadline has passed).
     *
     * @throws PracticeException if the owner has no test with that id
     */
    public SelfTest test(String owner, long id, Instant now) {
        Instant at = exact(now);
        return transactions.run(() -> closeIfOverdue(find(owner, id), at));
    }

    /**
     * Saves (or, with a blank response, clears) the answer to one question. Refused, with nothing
     * stored, when the test is closed or the response does not fit the question; at or after the
     * deadline it is refused and the test is closed.
     */
    public TestChange save(String owner, long id, int slot, Response response, Instant now) {
        Instant at = exact(now);
        return change(owner, id, attempt -> attempt.saveAnswer(slot, response, at));
    }

    /** Flags a question for review, or removes the flag. */
    public TestChange flag(String owner, long id, int slot, boolean flagged, Instant now) {
        Instant at = exact(now);
        return change(owner, id, attempt -> flagged ? attempt.flag(slot, at) : attempt.unflag(slot, at));
    }

    /** Submits the whole test: it is graded under the blueprint's scheme. A closed test is returned as it is. */
    public SelfTest submit(String owner, long id, Instant now) {
        Instant at = exact(now);
        return transactions.run(() -> {
            StoredAttempt stored = find(owner, id);
            Attempt attempt = records.load(stored);
            if (attempt.state() != AttemptState.IN_PROGRESS) {
                return toTest(stored, attempt);
            }
            Outcome outcome = attempt.finish(at);
            store(stored, outcome);
            return toTest(stored, outcome.attempt());
        });
    }

    /** The owner's closed tests, the latest first. */
    public List<PastTest> past(String owner) {
        return transactions.run(() -> attempts.findClosedLatestFirst(owner, AttemptKind.TEST).stream()
                .map(stored -> {
                    AttemptResult result = records.load(stored).result().orElseThrow();
                    return new PastTest(stored.getId(), stored.heading(), stored.getStartedAt(), result.state(),
                            result.total(), result.timeUsed());
                })
                .toList());
    }

    // ---------------------------------------------------------------- helpers

    private TestChange change(String owner, long id, java.util.function.Function<Attempt, Outcome> action) {
        return transactions.run(() -> {
            StoredAttempt stored = find(owner, id);
            Outcome outcome = action.apply(records.load(stored));
            store(stored, outcome);
            SelfTest test = toTest(stored, outcome.attempt());
            return switch (outcome) {
                case Outcome.Accepted accepted -> new TestChange(test, Optional.empty());
                case Outcome.Rejected rejected -> new TestChange(test, Optional.of(rejected.message()));
            };
        });
    }

    private StoredAttempt find(String owner, long id) {
        return attempts.findForUpdateByIdAndOwnerAndKind(id, owner, AttemptKind.TEST)
                .orElseThrow(() -> new PracticeException("There is no test " + id + " of yours."));
    }

    private SelfTest closeIfOverdue(StoredAttempt stored, Instant now) {
        Outcome outcome = records.load(stored).closeIfOverdue(now);
        store(stored, outcome);
        return toTest(stored, outcome.attempt());
    }

    private void store(StoredAttempt stored, Outcome outcome) {
        if (!outcome.changes().isEmpty()) {
            records.append(stored, outcome.changes(), outcome.attempt());
        }
    }

    private static SelfTest toTest(StoredAttempt stored, Attempt attempt) {
        return new SelfTest(stored.getId(), stored.heading(), attempt);
    }

    private static Instant exact(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
