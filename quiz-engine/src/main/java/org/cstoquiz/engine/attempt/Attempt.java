package org.cstoquiz.engine.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.cstoquiz.engine.scoring.Tally;

/**
 * A learner's session over ordered slots. Immutable: {@link #apply(Action, Instant)} returns an
 * {@link Outcome} holding a new attempt and the new steps ({@link Change}s) for the caller to
 * persist. The engine stores nothing; {@link #replay(AttemptPlan, List)} rebuilds the same attempt
 * from the plan and the persisted changes.
 *
 * <p>Rules every behaviour shares, checked in this order:
 * <ol>
 *   <li>a closed attempt refuses everything (ATTEMPT_FINISHED or TIME_UP), with no changes;</li>
 *   <li>an action dated before the start is refused (BEFORE_START);</li>
 *   <li>an action at or after the deadline is refused (TIME_UP) and closes the attempt: a
 *       {@link Step.TimeUp} dated at the deadline is appended to every slot, and the answers saved
 *       before it are graded;</li>
 *   <li>the slot must exist (NO_SUCH_SLOT) and a saved response must fit the question
 *       (INVALID_RESPONSE);</li>
 *   <li>the {@link Behaviour} decides saving and submitting; flags are free while in progress.</li>
 * </ol>
 * Saving the answer already saved, flagging a flagged slot and unflagging an unflagged one are
 * accepted with no change.
 */
public final class Attempt {

    private final AttemptPlan plan;
    private final List<Slot> slots;

    private Attempt(AttemptPlan plan, List<Slot> slots) {
        this.plan = plan;
        this.slots = List.copyOf(slots);
    }

    /** A new attempt, with no steps yet. */
    public static Attempt start(AttemptPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < plan.slots().size(); i++) {
            SlotPlan slotPlan = plan.slots().get(i);
            slots.add(new Slot(i + 1, slotPlan.question(), slotPlan.marks(), List.of()));
        }
        return new Attempt(plan, slots);
    }

    /**
     * The attempt rebuilt from its plan and every change persisted so far, in order.
     *
     * @throws IllegalArgumentException if a change names a missing slot or follows the close of the attempt
     */
    public static Attempt replay(AttemptPlan plan, List<Change> changes) {
        Attempt attempt = start(plan);
        List<Slot> slots = new ArrayList<>(attempt.slots);
        for (Change change : changes) {
            if (change.slotNumber() > slots.size()) {
                throw new IllegalArgumentException("change for slot " + change.slotNumber() + " but the attempt has "
                        + slots.size() + " slots");
            }
            Slot slot = slots.get(change.slotNumber() - 1);
            if (slot.steps().stream().anyMatch(Attempt::closes)) {
                throw new IllegalArgumentException("step " + change.step() + " on slot " + change.slotNumber()
                        + " comes after the attempt was closed");
            }
            slots.set(change.slotNumber() - 1, slot.with(change.step()));
        }
        return new Attempt(plan, slots);
    }

    public AttemptPlan plan() {
        return plan;
    }

    public Behaviour behaviour() {
        return plan.behaviour();
    }

    public List<Slot> slots() {
        return slots;
    }

    /** The slot numbered {@code number}, from 1. */
    public Slot slot(int number) {
        if (number < 1 || number > slots.size()) {
            throw new IndexOutOfBoundsException("no slot " + number + "; slots are 1 to " + slots.size());
        }
        return slots.get(number - 1);
    }

    public AttemptState state() {
        return closingStep().map(step -> step instanceof Step.TimeUp ? AttemptState.TIME_UP : AttemptState.FINISHED)
                .orElse(AttemptState.IN_PROGRESS);
    }

    /** When the attempt was finished, or the deadline when time ran out; empty while in progress. */
    public Optional<Instant> finishedAt() {
        return closingStep().map(Step::at);
    }

    /** Time left before the deadline at {@code now} (never negative); empty for an untimed attempt. */
    public Optional<Duration> timeLeft(Instant now) {
        return plan.deadline().map(deadline -> now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO);
    }

    // ---------------------------------------------------------------- actions

    public Outcome apply(Action action, Instant now) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(now, "now");
        AttemptState state = state();
        if (state == AttemptState.FINISHED) {
            return reject(List.of(), Rejection.ATTEMPT_FINISHED, "This attempt has been finished.");
        }
        if (state == AttemptState.TIME_UP) {
            return reject(List.of(), Rejection.TIME_UP, "Time is up: this attempt was closed at its deadline.");
        }
        if (now.isBefore(plan.startedAt())) {
            return reject(List.of(), Rejection.BEFORE_START, "The action is dated before the attempt started.");
        }
        if (isOverdue(now)) {
            List<Change> changes = closeAll(new Step.TimeUp(plan.deadline().orElseThrow()));
            return new Outcome.Rejected(withChanges(changes), changes, Rejection.TIME_UP,
                    "Time is up: the attempt has been closed and the answers saved before the deadline are graded.");
        }
        return switch (action) {
            case Action.SaveAnswer save -> save(save, now);
            case Action.Submit submit -> submit(submit, now);
            case Action.Flag flag -> flag(flag.slotNumber(), true, now);
            case Action.Unflag unflag -> flag(unflag.slotNumber(), false, now);
            case Action.Finish ignored -> {
                List<Change> changes = closeAll(new Step.Finished(now));
                yield new Outcome.Accepted(withChanges(changes), changes);
            }
        };
    }

    public Outcome saveAnswer(int slotNumber, Response response, Instant now) {
        return apply(Action.save(slotNumber, response), now);
    }

    public Outcome submit(int slotNumber, Instant now) {
        return apply(Action.submit(slotNumber), now);
    }

    public Outcome flag(int slotNumber, Instant now) {
        return apply(Action.flag(slotNumber), now);
    }

    public Outcome unflag(int slotNumber, Instant now) {
        return apply(Action.unflag(slotNumber), now);
    }

    public Outcome finish(Instant now) {
        return apply(Action.finish(), now);
    }

    /**
     * For the scheduled job: closes the attempt as TIME_UP if it is in progress and {@code now} is at
     * or after its deadline. Always accepted; the changes are empty when there was nothing to close.
     */
    public Outcome closeIfOverdue(Instant now) {
        if (state() != AttemptState.IN_PROGRESS || !isOverdue(now)) {
            return new Outcome.Accepted(this, List.of());
        }
        List<Change> changes = closeAll(new Step.TimeUp(plan.deadline().orElseThrow()));
        return new Outcome.Accepted(withChanges(changes), changes);
    }

    private Outcome save(Action.SaveAnswer save, Instant now) {
        Optional<Slot> found = slotIfAny(save.slotNumber());
        if (found.isEmpty()) {
            return noSuchSlot(save.slotNumber());
        }
        Slot slot = found.get();
        Optional<String> problem = slot.question().problemWith(save.response());
        if (problem.isPresent()) {
            return reject(List.of(), Rejection.INVALID_RESPONSE,
                    "That answer does not fit question " + slot.number() + ": " + problem.get());
        }
        Optional<Behaviour.Refusal> refusal = plan.behaviour().refuseSave(slot);
        if (refusal.isPresent()) {
            return reject(List.of(), refusal.get().reason(), refusal.get().message());
        }
        if (slot.currentResponse().equals(save.response())
                || (slot.currentResponse().isBlank() && save.response().isBlank())) {
            return new Outcome.Accepted(this, List.of());
        }
        return accept(new Change(slot.number(), new Step.AnswerSaved(save.response(), now)));
    }

    private Outcome submit(Action.Submit submit, Instant now) {
        Optional<Slot> found = slotIfAny(submit.slotNumber());
        if (found.isEmpty()) {
            return noSuchSlot(submit.slotNumber());
        }
        Optional<Behaviour.Refusal> refusal = plan.behaviour().refuseSubmit(found.get());
        if (refusal.isPresent()) {
            return reject(List.of(), refusal.get().reason(), refusal.get().message());
        }
        return accept(new Change(submit.slotNumber(), new Step.Submitted(now)));
    }

    private Outcome flag(int slotNumber, boolean flagged, Instant now) {
        Optional<Slot> found = slotIfAny(slotNumber);
        if (found.isEmpty()) {
            return noSuchSlot(slotNumber);
        }
        if (found.get().isFlagged() == flagged) {
            return new Outcome.Accepted(this, List.of());
        }
        return accept(new Change(slotNumber, flagged ? new Step.Flagged(now) : new Step.Unflagged(now)));
    }

    // ---------------------------------------------------------------- feedback and results

    /** Whether the behaviour lets the learner see slot {@code slotNumber}'s grade and key now. */
    public boolean showsFeedback(int slotNumber) {
        return plan.behaviour().showsFeedback(slot(slotNumber), state());
    }

    /**
     * The feedback for a slot, under the attempt's scheme, if the behaviour lets the learner see it
     * now (immediate feedback: once submitted; deferred feedback: once the attempt is closed).
     */
    public Optional<SlotFeedback> feedback(int slotNumber) {
        if (!showsFeedback(slotNumber)) {
            return Optional.empty();
        }
        Slot slot = slot(slotNumber);
        Grade grade = slot.grade();
        return Optional.of(new SlotFeedback(slot.number(), slot.currentResponse(), grade, slot.marks(),
                plan.scoring().award(grade, slot.marks()), slot.question().correctResponse(),
                slot.question().explanation(), slot.question().sources()));
    }

    /**
     * The marks so far over the slots whose feedback is visible (immediate feedback: the submitted
     * ones), under the attempt's scheme; empty when the behaviour shows nothing yet.
     */
    public Optional<Tally> scoreSoFar() {
        Tally tally = Tally.empty();
        boolean any = false;
        for (Slot slot : slots) {
            if (plan.behaviour().showsFeedback(slot, state())) {
                tally = tally.add(plan.scoring(), slot.grade(), slot.marks());
                any = true;
            }
        }
        return any ? Optional.of(tally) : Optional.empty();
    }

    /** The result under the attempt's own scheme; empty while in progress. */
    public Optional<AttemptResult> result() {
        return result(plan.scoring());
    }

    /** The result under {@code scheme} (e.g. to compare with and without negative marking); empty while in progress. */
    public Optional<AttemptResult> result(ScoringScheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        if (state() == AttemptState.IN_PROGRESS) {
            return Optional.empty();
        }
        Tally total = Tally.empty();
        Map<Area, Tally> byArea = new EnumMap<>(Area.class);
        List<SlotResult> results = new ArrayList<>();
        for (Slot slot : slots) {
            Grade grade = slot.grade();
            Area area = slot.question().area();
            total = total.add(scheme, grade, slot.marks());
            byArea.put(area, byArea.getOrDefault(area, Tally.empty()).add(scheme, grade, slot.marks()));
            results.add(new SlotResult(slot.number(), slot.question().id(), area, grade, slot.marks(),
                    scheme.award(grade, slot.marks()), slot.isFlagged()));
        }
        Instant finishedAt = finishedAt().orElseThrow();
        return Optional.of(new AttemptResult(state(), scheme, total, byArea, results, finishedAt,
                Duration.between(plan.startedAt(), finishedAt)));
    }

    // ---------------------------------------------------------------- helpers

    private boolean isOverdue(Instant now) {
        return plan.deadline().map(deadline -> !now.isBefore(deadline)).orElse(false);
    }

    private Optional<Step> closingStep() {
        for (Slot slot : slots) {
            for (Step step : slot.steps()) {
                if (closes(step)) {
                    return Optional.of(step);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean closes(Step step) {
        return step instanceof Step.Finished || step instanceof Step.TimeUp;
    }

    private Optional<Slot> slotIfAny(int number) {
        return number >= 1 && number <= slots.size() ? Optional.of(slots.get(number - 1)) : Optional.empty();
    }

    private List<Change> closeAll(Step closing) {
        return slots.stream().map(slot -> new Change(slot.number(), closing)).toList();
    }

    private Attempt withChanges(List<Change> changes) {
        List<Slot> updated = new ArrayList<>(slots);
        for (Change change : changes) {
            updated.set(change.slotNumber() - 1, updated.get(change.slotNumber() - 1).with(change.step()));
        }
        return new Attempt(plan, updated);
    }

    private Outcome accept(Change change) {
        return new Outcome.Accepted(withChanges(List.of(change)), List.of(change));
    }

    private Outcome reject(List<Change> changes, Rejection reason, String message) {
        return new Outcome.Rejected(this, changes, reason, message);
    }

    private Outcome noSuchSlot(int number) {
        return reject(List.of(), Rejection.NO_SUCH_SLOT,
                "There is no question " + number + " in this attempt (questions 1 to " + slots.size() + ").");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attempt that && plan.equals(that.plan) && slots.equals(that.slots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, slots);
    }

    @Override
    public String toString() {
        return "Attempt[" + plan.behaviour() + ", " + state() + ", " + slots.size() + " slots, "
                + slots.stream().mapToInt(slot -> slot.steps().size()).sum() + " steps]";
    }
}
