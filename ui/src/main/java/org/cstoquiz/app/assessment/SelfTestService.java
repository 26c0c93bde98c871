package org.cstoquiz.app.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptKind;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.attempt.LoadedAttempt;
import org.cstoquiz.app.attempt.NewAttempt;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Outcome;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
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

    private final QuestionPool questions;
    private final AttemptStore attempts;
    private final StoredBlueprintRepository blueprints;
    private final Blueprints store;

    SelfTestService(QuestionPool questions, AttemptStore attempts, StoredBlueprintRepository blueprints,
                    Blueprints store) {
        this.questions = questions;
        this.attempts = attempts;
        this.blueprints = blueprints;
        this.store = store;
    }

    // ---------------------------------------------------------------- blueprints

    /** Every blueprint, by name. */
    public List<Blueprint> blueprints() {
        return attempts.inTransaction(() -> blueprints.findAllByOrderByNameAsc().stream().map(StoredBlueprint::toBlueprint)
                .toList());
    }

    /** @throws BlueprintException if there is no blueprint with that id */
    public Blueprint blueprint(long id) {
        return attempts.inTransaction(() -> store.stored(id).toBlueprint());
    }

    /** How the sources of a pack's questions are named, and where they disagree: for showing feedback. */
    public SourceNotes sourceNotes(String packId) {
        return questions.sourceNotes(packId);
    }

    /** The packs (organizations) a blueprint can draw from, the built-in one first. */
    public List<PackInfo> packs() {
        return questions.packs();
    }

    /** The pack a blueprint draws from: the one it names when that is loaded, otherwise the built-in pack. */
    public String packOf(Blueprint blueprint) {
        return store.packOf(blueprint);
    }

    /** The pack (organization) a blueprint draws from, see {@link #packOf}. */
    public PackInfo organizationOf(Blueprint blueprint) {
        String pack = packOf(blueprint);
        return questions.packs().stream().filter(info -> info.id().equals(pack)).findFirst().orElseThrow();
    }

    /** How many questions of the pack's bank a blueprint's areas and types match. */
    public int available(String packId, Set<Area> areas, Set<QuestionType> types) {
        return store.available(packId, areas, types);
    }

    /**
     * Creates the blueprint (no id) or replaces the one with its id. Tests already taken keep the name
     * and questions they had.
     *
     * @throws BlueprintException saying what is wrong, with nothing stored
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Blueprint saveBlueprint(Blueprint asked) {
        return store.save(asked);
    }

    /** Removes a blueprint; tests taken from it keep its name. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void deleteBlueprint(long id) {
        attempts.inTransaction(() -> {
            blueprints.delete(store.stored(id));
            return null;
        });
    }

    /** "Dates, single choice", "any area, true or false", as the rows of a blueprint are named to the instructor. */
    public static String describe(Blueprint.Part part) {
        return part.area().map(org.cstoquiz.app.base.ui.Names::area).orElse("any area") + ", "
                + part.type().map(type -> org.cstoquiz.app.base.ui.Names.type(type).toLowerCase(java.util.Locale.ROOT))
                .orElse("any type");
    }

    // ---------------------------------------------------------------- taking a test

    /**
     * Starts a test from the blueprint: its questions drawn at random, part by part or spread evenly
     * over its areas and types, the deadline fixed now.
     *
     * @throws AttemptException if the blueprint is gone, too few questions match it, or the owner
     *                          already has a test in progress
     */
    public SelfTest start(String owner, long blueprintId, Instant now) {
        return start(owner, blueprintId, ThreadLocalRandom.current().nextLong(), Optional.empty(), now);
    }

    /**
     * Starts a test from the blueprint with its questions drawn by {@code seed}: the same seed draws
     * the same paper (for a test assigned to a class), as long as the blueprint and the bank stay as
     * they are. With {@code endsBy}, the test's time runs out then at the latest, whatever the
     * blueprint's time limit (an assigned test ends when the assignment closes).
     *
     * @throws AttemptException as {@link #start(String, long, Instant)}
     */
    public SelfTest start(String owner, long blueprintId, long seed, Optional<Instant> endsBy, Instant now) {
        Instant startedAt = AttemptStore.exact(now);
        Blueprint blueprint = attempts.inTransaction(() -> blueprints.findById(blueprintId).map(StoredBlueprint::toBlueprint))
                .orElseThrow(() -> new AttemptException("There is no test blueprint " + blueprintId + "."));
        List<Question> drawn;
        try {
            drawn = store.draw(blueprint, new Random(seed));
        } catch (BlueprintException tooFew) {
            throw new AttemptException("Not enough questions match “" + blueprint.name() + "”: " + tooFew.getMessage()
                    + " Ask an instructor to change it.");
        }
        if (drawn.size() < blueprint.questions()) {
            throw new AttemptException("Only " + drawn.size() + " questions match “" + blueprint.name()
                    + "”; ask an instructor to change it.");
        }
        Optional<Duration> ownLimit = blueprint.isTimed() ? Optional.of(Duration.ofMinutes(blueprint.minutes())) : Optional.empty();
        Optional<Duration> untilEnd = endsBy.map(end -> Duration.between(startedAt, AttemptStore.exact(end)));
        Optional<Duration> timeLimit = untilEnd.map(left -> ownLimit.filter(own -> own.compareTo(left) < 0).orElse(left))
                .or(() -> ownLimit);
        NewAttempt request = new NewAttempt(owner, packOf(blueprint), AttemptKind.TEST, blueprint.scheme(), timeLimit,
                drawn, seed, blueprint.areas(), blueprint.types(), blueprint.name());
        return create(request, startedAt);
    }

    /**
     * Starts a test of a fixed paper: these questions in this order, scored under {@code scheme}, its
     * time running out at {@code endsBy} (an assigned paper ends when the assignment closes).
     *
     * @throws AttemptException if there is no question, or the owner already has a test in progress
     */
    public SelfTest startPaper(String owner, String title, String packId, List<Question> paper, ScoringScheme scheme,
                               Instant endsBy, Instant now) {
        Instant startedAt = AttemptStore.exact(now);
        if (paper.isEmpty()) {
            throw new AttemptException("“" + title + "” has no question left to ask; ask your instructor.");
        }
        NewAttempt request = new NewAttempt(owner, packId, AttemptKind.TEST, scheme,
                Optional.of(Duration.between(startedAt, AttemptStore.exact(endsBy))), paper, 0, Set.of(), Set.of(), title);
        return create(request, startedAt);
    }

    private SelfTest create(NewAttempt request, Instant startedAt) {
        String owner = request.owner();
        return attempts.inTransaction(() -> {
            for (LoadedAttempt open : attempts.inProgress(owner, AttemptKind.TEST)) {
                SelfTest test = closeIfOverdue(open, startedAt);
                if (test.isOpen()) {
                    throw new AttemptException("You have a test in progress (“" + test.title()
                            + "”): submit it before starting another.");
                }
            }
            return toTest(attempts.create(request, startedAt));
        });
    }

    /** The owner's test in progress, if any; one whose deadline has passed is closed, not resumed. */
    public Optional<SelfTest> current(String owner, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> attempts.inProgress(owner, AttemptKind.TEST).stream()
                .map(open -> closeIfOverdue(open, at))
                .filter(SelfTest::isOpen)
                .findFirst());
    }

    /**
     * One of the owner's tests (closed first if its deadline has passed).
     *
     * @throws AttemptException if the owner has no test with that id
     */
    public SelfTest test(String owner, long id, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> closeIfOverdue(attempts.load(owner, AttemptKind.TEST, id), at));
    }

    /**
     * Saves (or, with a blank response, clears) the answer to one question. Refused, with nothing
     * stored, when the test is closed or the response does not fit the question; at or after the
     * deadline it is refused and the test is closed.
     */
    public TestChange save(String owner, long id, int slot, Response response, Instant now) {
        Instant at = AttemptStore.exact(now);
        return change(owner, id, attempt -> attempt.saveAnswer(slot, response, at));
    }

    /** Flags a question for review, or removes the flag. */
    public TestChange flag(String owner, long id, int slot, boolean flagged, Instant now) {
        Instant at = AttemptStore.exact(now);
        return change(owner, id, attempt -> flagged ? attempt.flag(slot, at) : attempt.unflag(slot, at));
    }

    /** Submits the whole test: it is graded under the blueprint's scheme. A closed test is returned as it is. */
    public SelfTest submit(String owner, long id, Instant now) {
        Instant at = AttemptStore.exact(now);
        return attempts.inTransaction(() -> {
            LoadedAttempt loaded = attempts.load(owner, AttemptKind.TEST, id);
            if (loaded.attempt().state() == AttemptState.IN_PROGRESS) {
                loaded.apply(attempt -> attempt.finish(at));
            }
            return toTest(loaded);
        });
    }

    /** The owner's closed tests, the latest first. */
    public List<PastTest> past(String owner) {
        return attempts.inTransaction(() -> attempts.closed(owner, AttemptKind.TEST).stream()
                .map(closed -> {
                    AttemptResult result = closed.attempt().result().orElseThrow();
                    return new PastTest(closed.id(), closed.heading(), closed.attempt().plan().startedAt(),
                            result.state(), result.total(), result.timeUsed());
                })
                .toList());
    }

    // ---------------------------------------------------------------- helpers

    private TestChange change(String owner, long id, Function<Attempt, Outcome> action) {
        return attempts.inTransaction(() -> {
            LoadedAttempt loaded = attempts.load(owner, AttemptKind.TEST, id);
            Outcome outcome = loaded.apply(action);
            SelfTest test = toTest(loaded);
            return switch (outcome) {
                case Outcome.Accepted accepted -> new TestChange(test, Optional.empty());
                case Outcome.Rejected rejected -> new TestChange(test, Optional.of(rejected.message()));
            };
        });
    }

    private static SelfTest closeIfOverdue(LoadedAttempt loaded, Instant now) {
        loaded.apply(attempt -> attempt.closeIfOverdue(now));
        return toTest(loaded);
    }

    private static SelfTest toTest(LoadedAttempt loaded) {
        return new SelfTest(loaded.id(), loaded.packId(), loaded.heading(), loaded.attempt());
    }
}
