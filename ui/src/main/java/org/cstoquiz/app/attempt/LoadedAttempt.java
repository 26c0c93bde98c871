package org.cstoquiz.app.attempt;

import java.util.function.Function;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.Outcome;

/**
 * One stored attempt loaded in a transaction: its row, locked until the transaction ends, and the
 * attempt replayed from its steps. {@link #apply} stores what an action changes.
 */
public final class LoadedAttempt {

    private final AttemptRecords records;
    private final StoredAttempt row;
    private Attempt attempt;

    LoadedAttempt(AttemptRecords records, StoredAttempt row, Attempt attempt) {
        this.records = records;
        this.row = row;
        this.attempt = attempt;
    }

    public long id() {
        return row.getId();
    }

    /** What the learner sees it called: a test by its blueprint's name as it was, a practice session as such. */
    public String heading() {
        return row.heading();
    }

    /** The id of the pack the attempt's questions were drawn from. */
    public String packId() {
        return records.packOf(row);
    }

    /** The attempt as it now stands, after every action applied so far. */
    public Attempt attempt() {
        return attempt;
    }

    /**
     * Applies {@code action} to the attempt as it now stands, appends the steps the outcome adds (none
     * when refused, unless the refusal closed the attempt) and takes the attempt it gives.
     */
    public Outcome apply(Function<Attempt, Outcome> action) {
        Outcome outcome = action.apply(attempt);
        if (!outcome.changes().isEmpty()) {
            records.append(row, outcome.changes(), outcome.attempt());
        }
        attempt = outcome.attempt();
        return outcome;
    }
}
