package org.cstoquiz.engine.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.cstoquiz.engine.scoring.Tally;

/**
 * The result of a closed attempt under one scoring scheme.
 *
 * @param total    counts and marks over all slots
 * @param byArea   the same per area of knowledge (only areas that occur), in {@link Area} order
 * @param timeUsed from the start to the finish (to the deadline when time ran out)
 */
public record AttemptResult(AttemptState state, ScoringScheme scheme, Tally total, Map<Area, Tally> byArea,
                            List<SlotResult> slots, Instant finishedAt, Duration timeUsed) {

    public AttemptResult {
        byArea = Collections.unmodifiableMap(new EnumMap<>(byArea));
        slots = List.copyOf(slots);
    }

    /** Total marks awarded, to 2 decimal places. */
    public double marksAwarded() {
        return total.roundedMarksAwarded();
    }

    /** The most marks the attempt could earn. */
    public double maxMarks() {
        return total.maxMarks();
    }
}
