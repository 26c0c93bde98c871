package org.cstoquiz.app.practice;

import java.util.Optional;
import java.util.OptionalInt;
import org.cstoquiz.app.attempt.AttemptSnapshot;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.scoring.Tally;

/**
 * A practice session as it stands: its id, the pack it draws from and the attempt rebuilt from its stored steps. Every
 * figure shown to the learner (time left, score, feedback) comes from here, i.e. from the server.
 */
public record PracticeSession(long id, String packId, Attempt attempt) implements AttemptSnapshot {

    /** The marks over the questions answered so far; empty before the first. */
    public Optional<Tally> scoreSoFar() {
        return attempt.scoreSoFar();
    }

    /** How many questions have been submitted. */
    public int submitted() {
        return (int) attempt.slots().stream().filter(Slot::isSubmitted).count();
    }

    /** The first question not yet submitted, from slot {@code from} onwards and then from the start. */
    public OptionalInt nextOpenSlot(int from) {
        int size = size();
        for (int i = 0; i < size; i++) {
            int number = Math.floorMod(from - 1 + i, size) + 1;
            if (!attempt.slot(number).isSubmitted()) {
                return OptionalInt.of(number);
            }
        }
        return OptionalInt.empty();
    }
}
