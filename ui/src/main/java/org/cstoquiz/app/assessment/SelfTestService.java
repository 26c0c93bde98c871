package org.cstoquiz.app.assessment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.cstoquiz.app.base.Constraints;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Outcome;
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

    private final QuestionPool questions;
    private final AttemptStore attempts;
    private final StoredBlueprintRepository blueprints;
    private final Validator validator;

    SelfTestService(QuestionPool questions, AttemptStore attempts, StoredBlueprintRepository blueprints,
                    Validator validator) {
        this.questions = questions;
        this.attempts = attempts;
        this.blueprints = blueprints;
        this.validator = validator;
    }

    // ---------------------------------------------------------------- blueprints

    /** Every blueprint, by name. */
    public List<Blueprint> blueprints() {
        return attempts.inTransaction(() -> blueprints.findAllByOrderByNameAsc().stream().map(StoredBlueprint::toBlueprint)
                .toList());
    }

    /** @throws BlueprintException if there is no blueprint with that id */
    public Blueprint blueprint(long id) {
        return attempts.inTransaction(() -> storedBlueprint(id).toBlueprint());
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
        return blueprint.pack().map(questions::loadedOrBuiltIn).orElseGet(questions::builtIn);
    }

    /** The pack (organization) a blueprint draws from, see {@link #packOf}. */
    public PackInfo organizationOf(Blueprint blueprint) {
        String pack = packOf(blueprint);
        return questions.packs().stream().filter(info -> info.id().equals(pack)).findFirst().orElseThrow();
    }

    /** How many questions of the pack's bank a blueprint's areas and types match. */
    public int available(String packId, Set<Area> areas, Set<QuestionType> types) {
        return questions.matching(packId, areas, types).size();
    }

    /**
     * Creates the blueprint (no id) or replaces the one with its id. Tests already taken keep the name
     * and questions they had.
     *
     * @throws BlueprintException saying what is wrong, with nothing stored
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Blueprint saveBlueprint(Blueprint asked) {
        Blueprint blueprint = asked.pack().isEmpty() ? asked.withPack(questions.builtIn()) : asked;
        if (questions.packs().stream().noneMatch(pack -> pack.id().equals(blueprint.pack().orElseThrow()))) {
            throw new BlueprintException("pack", "There is no organization “" + blueprint.pack().orElseThrow()
                    + "” loaded; choose one of " + questions.packs().stream().map(PackInfo::name)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        }
        check(blueprint);
        try {
            return attempts.inTransaction(() -> {
                blueprints.findByNameIgnoreCase(blueprint.name())
                        .filter(other -> blueprint.id().map(id -> !id.equals(other.getId())).orElse(true))
                        .ifPresent(other -> {
                            throw new BlueprintException("name", "There is already a blueprint named “" + blueprint.name() + "”.");
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
            if (Constraints.violated(e, StoredBlueprint.UNIQUE_NAME)) {
                throw new BlueprintException("name", "There is already a blueprint named “" + blueprint.name() + "”.");
            }
            throw e;
        }
    }

    /** Removes a blueprint; tests taken from it keep its name. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void deleteBlueprint(long id) {
        attempts.inTransaction(() -> {
            blueprints.delete(storedBlueprint(id));
            return null;
        });
    }

    private void check(Blueprint blueprint) {
        List<String> components = Arrays.stream(Blueprint.class.getRecordComponents()).map(RecordComponent::getName).toList();
        validator.validate(blueprint).stream()
                .min(Comparator.comparingInt((ConstraintViolation<Blueprint> violation) ->
                        components.indexOf(violation.getPropertyPath().toString())))
                .ifPresent(violation -> {
                    throw new BlueprintException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        if (blueprint.parts().isEmpty()) {
            int available = available(packOf(blueprint), blueprint.areas(), blueprint.types());
            if (available < blueprint.questions()) {
                throw new BlueprintException("questions", available == 0 ? "No question matches these areas and types."
                        : "Only " + available + " questions match these areas and types; ask for at most " + available + ".");
            }
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Blueprint.Part part : blueprint.parts()) {
            if (part.questions() < 1 || part.questions() > Blueprint.MAX_QUESTIONS) {
                throw new BlueprintException("parts", "Each row asks for 1 to " + Blueprint.MAX_QUESTIONS
                        + " questions; “" + describe(part) + "” asks for " + part.questions() + ".");
            }
            if (!seen.add(describe(part))) {
                throw new BlueprintException("parts", "“" + describe(part) + "” is asked for twice; give it one row.");
            }
        }
        if (blueprint.questions() > Blueprint.MAX_QUESTIONS) {
            throw new BlueprintException("parts", "The rows ask for " + blueprint.questions() + " questions in all; a test "
                    + "has at most " + Blueprint.MAX_QUESTIONS + ".");
        }
        draw(blueprint, new Random(0));
    }

    /** "Dates, single choice", "any area, true or false", as the rows of a blueprint are named to the instructor. */
    public static String describe(Blueprint.Part part) {
        return part.area().map(org.cstoquiz.app.base.ui.Names::area).orElse("any area") + ", "
                + part.type().map(type -> org.cstoquiz.app.base.ui.Names.type(type).toLowerCase(java.util.Locale.ROOT))
                .orElse("any type");
    }

    /**
     * The questions of a test from the blueprint: its parts each drawn from what the parts before left
     * (the most specific first), or its number spread evenly over its areas and types.
     *
     * @throws BlueprintException saying which part cannot be filled
     */
    List<Question> draw(Blueprint blueprint, Random random) {
        if (blueprint.parts().isEmpty()) {
            return QuestionPool.spread(questions.matching(packOf(blueprint), blueprint.areas(), blueprint.types()),
                    blueprint.questions(), random);
        }
        List<Question> drawn = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        List<Blueprint.Part> specificFirst = blueprint.parts().stream()
                .sorted(Comparator.comparingInt(Blueprint.Part::specificity).reversed()).toList();
        for (Blueprint.Part part : specificFirst) {
            List<Question> pool = questions.matching(packOf(blueprint), part.area().map(Set::of)
                    .orElse(blueprint.areas()), part.type().map(Set::of).orElse(blueprint.types())).stream()
                    .filter(question -> !used.contains(question.id())).toList();
            if (pool.size() < part.questions()) {
                throw new BlueprintException("parts", (pool.isEmpty() ? "No question is" : "Only " + pool.size()
                        + (pool.size() == 1 ? " question is" : " questions are")) + " left for “" + describe(part)
                        + "”" + (blueprint.parts().size() > 1 ? " once the other rows have theirs" : "")
                        + "; ask for at most " + pool.size() + ".");
            }
            List<Question> part_ = QuestionPool.spread(pool, part.questions(), random);
            part_.forEach(question -> used.add(question.id()));
            drawn.addAll(part_);
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    private StoredBlueprint storedBlueprint(long id) {
        return blueprints.findById(id)
                .orElseThrow(() -> new BlueprintException("There is no test blueprint " + id + "."));
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
            drawn = draw(blueprint, new Random(seed));
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
