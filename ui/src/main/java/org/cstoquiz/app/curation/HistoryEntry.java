package org.cstoquiz.app.curation;

import java.time.Instant;
import java.util.Optional;
import org.cstoquiz.engine.question.Question;

/** One decision in a curated question's history. */
public record HistoryEntry(Action action, Optional<Question> question, String note, String by, Instant at) {

    public enum Action {
        /** Taken out of the bank: never served again. */
        RETIRED,
        /** Served again. */
        RESTORED,
        /** An edited copy saved (the question holds it). */
        EDITED,
        /** The edited copy dropped: the generated question is served again. */
        REVERTED,
        /** A change of the generated question looked at (the question holds it as it now is). */
        REVIEWED
    }
}
