package org.cstoquiz.app.curation;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;

/**
 * A question as the curation screen lists it: what is served, what instructors decided about it,
 * what learners reported and what its statistics say.
 *
 * @param key       what the actions on it are given: the id of the generated question (or, for a
 *                  report on a question no longer in the bank, the id reported)
 * @param question  the question as served (the edited copy when there is one), as retired, or as
 *                  reported when it is no longer in the bank
 * @param generated the generated question in the bank now, when it differs from {@code question}
 * @param stale     whether the generated question has changed since it was curated
 * @param flags     what its statistics say is wrong, e.g. "facility 12% (under 20%)"
 */
public record CurationItem(String key, Question question, Optional<Question> generated, Status status,
                           Optional<Curation> curation, boolean stale, List<Report> reports,
                           Optional<ItemStatistic> statistic, List<String> flags) {

    public enum Status {
        /** Served as generated. */
        SERVED("Served"),
        /** Served as an instructor corrected it. */
        EDITED("Edited"),
        /** Never served again. */
        RETIRED("Retired"),
        /** Not in the bank any more (the generator no longer makes it). */
        NOT_IN_BANK("Not in the bank");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CurationItem {
        reports = List.copyOf(reports);
        flags = List.copyOf(flags);
    }

    /** Reported, flagged by its statistics, or stale: an instructor should look at it. */
    public boolean needsAttention() {
        return !reports.isEmpty() || !flags.isEmpty() || stale
                || (status == Status.NOT_IN_BANK && curation.isPresent() && curation.get().edited().isPresent());
    }
}
