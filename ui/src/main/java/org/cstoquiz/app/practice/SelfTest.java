package org.cstoquiz.app.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.attempt.Slot;

/** A self-assessment test as it stands: its id, the blueprint's name and the attempt rebuilt from its steps. */
public record SelfTest(long id, String title, Attempt attempt) {

    public AttemptState state() {
        return attempt.state();
    }

    public boolean isOpen() {
        return attempt.state() == AttemptState.IN_PROGRESS;
    }

    public int size() {
        return attempt.slots().size();
    }

    public Slot slot(int number) {
        return attempt.slot(number);
    }

    public Optional<Instant> deadline() {
        return attempt.plan().deadline();
    }

    /** Time left at {@code now}, never negative; empty for an untimed test. */
    public Optional<Duration> timeLeft(Instant now) {
        return attempt.timeLeft(now);
    }

    /** The result under the blueprint's scoring scheme, once the test is closed. */
    public Optional<AttemptResult> result() {
        return attempt.result();
    }

    /** The numbers of the questions with no answer saved. */
    public List<Integer> unanswered() {
        return attempt.slots().stream().filter(slot -> !slot.isAnswered()).map(Slot::number).toList();
    }

    /** The numbers of the questions flagged for review. */
    public List<Integer> flagged() {
        return attempt.slots().stream().filter(Slot::isFlagged).map(Slot::number).toList();
    }
}
