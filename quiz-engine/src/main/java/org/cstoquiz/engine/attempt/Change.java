package org.cstoquiz.engine.attempt;

import java.util.Objects;

/** A new step on a slot (numbered from 1), for the caller to persist in order. */
public record Change(int slotNumber, Step step) {

    public Change {
        if (slotNumber < 1) {
            throw new IllegalArgumentException("slot numbers start at 1, got " + slotNumber);
        }
        Objects.requireNonNull(step, "step");
    }
}
