package org.cstoquiz.app.assessment;

import java.util.List;
import org.cstoquiz.app.attempt.AttemptSnapshot;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.Slot;

/** A self-assessment test as it stands: its id, the blueprint's name and the attempt rebuilt from its steps. */
public record SelfTest(long id, String packId, String title, Attempt attempt) implements AttemptSnapshot {

    public Slot slot(int number) {
        return attempt.slot(number);
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
