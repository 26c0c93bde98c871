package org.cstoquiz.app.attempt;

import com.github.benmanes.caffeine.cache.Interner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptPlan;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.Change;
import org.cstoquiz.engine.attempt.SlotPlan;
import org.cstoquiz.engine.attempt.Step;
import org.cstoquiz.engine.export.JsonExporter;
import org.cstoquiz.engine.export.JsonImporter;
import org.cstoquiz.engine.export.QuestionSet;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.Tally;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns engine attempts into rows and back: the plan is stored once, with its questions as a JSON
 * snapshot in the public export format; every change is appended as a {@link StoredStep}; loading
 * is {@link Attempt#replay(AttemptPlan, List)} over the stored steps. Callers hold the transaction.
 */
@Component
class AttemptRecords {

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private final StoredAttemptRepository attempts;
    private final StoredStepRepository steps;
    /**
     * One instance of each distinct question for every attempt loaded: many learners are asked the same
     * questions (drawn from the same bank), and an open attempt is kept with the learner's screen, so
     * each shares the questions instead of holding its own copy of their texts. Held weakly: a question
     * no loaded attempt asks any more is let go.
     */
    private final Interner<Question> sharedQuestions = Interner.newWeakInterner();

    AttemptRecords(StoredAttemptRepository attempts, StoredStepRepository steps) {
        this.attempts = attempts;
        this.steps = steps;
    }

    /** Stores a new attempt with no steps yet; {@code title} names a test's blueprint, null for practice. */
    StoredAttempt create(String owner, AttemptKind kind, AttemptPlan plan, String pack, long bankSeed, long seed,
                         Set<Area> areas, Set<QuestionType> types, String title) {
        double marks = plan.slots().getFirst().marks();
        if (plan.slots().stream().anyMatch(slot -> slot.marks() != marks)) {
            throw new IllegalArgumentException("every slot of a stored attempt is worth the same marks");
        }
        List<Question> questions = plan.slots().stream().map(SlotPlan::question).toList();
        String snapshot = COMPACT.writeValueAsString(new JsonExporter().toTree(new QuestionSet(pack, bankSeed, questions)));
        StoredAttempt stored = new StoredAttempt(owner, kind, plan.behaviour(), plan.scoring(), seed, snapshot, marks,
                StoredNames.ofAreas(areas), StoredNames.ofTypes(types),
                plan.startedAt(), plan.deadline().orElse(null), marks * questions.size(), title);
        return attempts.saveAndFlush(stored);
    }

    /** The plan as it was fixed at the start, questions read back from the snapshot. */
    AttemptPlan plan(StoredAttempt stored) {
        List<SlotPlan> slots = new JsonImporter().read(stored.getQuestions()).questions().stream()
                .map(question -> new SlotPlan(sharedQuestions.intern(question), stored.getMarksPerQuestion()))
                .toList();
        return new AttemptPlan(stored.getBehaviour(), stored.getScheme(), stored.getStartedAt(), stored.getDeadline(),
                slots);
    }

    /** The id of the pack the attempt's questions were drawn from, as the snapshot names it. */
    String packOf(StoredAttempt stored) {
        return new JsonImporter().read(stored.getQuestions()).pack();
    }

    /** The attempt rebuilt from its plan and every stored step, in order. */
    Attempt load(StoredAttempt stored) {
        List<Change> changes = new ArrayList<>();
        for (StoredStep step : steps.findByAttemptIdOrderBySeq(stored.getId())) {
            changes.add(new Change(step.getSlot(), toStep(step)));
        }
        return Attempt.replay(plan(stored), changes);
    }

    /**
     * Appends {@code changes} (from an outcome of {@code attempt}'s previous state) after the steps
     * already stored and updates the summary of the row to {@code after}.
     */
    void append(StoredAttempt stored, List<Change> changes, Attempt after) {
        int seq = stored.getStepCount();
        for (Change change : changes) {
            Step step = change.step();
            String response = step instanceof Step.AnswerSaved saved ? ResponseJson.write(saved.response()) : null;
            steps.save(new StoredStep(stored.getId(), seq++, change.slotNumber(), StepKind.of(step), response, step.at()));
        }
        Optional<AttemptResult> result = after.result();
        Double score = result.map(AttemptResult::marksAwarded)
                .or(() -> after.scoreSoFar().map(Tally::roundedMarksAwarded))
                .orElse(null);
        stored.stepsAppended(changes.size(), after.state(), after.finishedAt().orElse(null), score);
        attempts.saveAndFlush(stored);
    }

    private static Step toStep(StoredStep stored) {
        return switch (stored.getKind()) {
            case SAVED -> new Step.AnswerSaved(ResponseJson.read(stored.getResponse()), stored.getAt());
            case SUBMITTED -> new Step.Submitted(stored.getAt());
            case FLAGGED -> new Step.Flagged(stored.getAt());
            case UNFLAGGED -> new Step.Unflagged(stored.getAt());
            case FINISHED -> new Step.Finished(stored.getAt());
            case TIME_UP -> new Step.TimeUp(stored.getAt());
        };
    }
}
