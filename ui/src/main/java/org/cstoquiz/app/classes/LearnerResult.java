package org.cstoquiz.app.classes;

import java.time.Instant;
import java.util.Optional;
import org.cstoquiz.engine.scoring.Tally;

/**
 * One learner's result for an assignment: not started, in progress (started when), or closed with
 * its score (and when it was submitted or its time ran out).
 */
public record LearnerResult(String username, Status status, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                            Optional<Tally> total) {

    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted"), TIME_UP("Time ran out");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static LearnerResult notStarted(String username) {
        return new LearnerResult(username, Status.NOT_STARTED, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
