package org.cstoquiz.app.classes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A test assigned to a class: drawn from a blueprint (named as it was when assigned), or a fixed paper
 * (questions chosen in the bank, the same for every learner, in their order); open from
 * {@code opensAt} (inclusive) to {@code closesAt} (exclusive).
 *
 * @param blueprintId    the blueprint the questions are drawn from; empty for a fixed paper
 * @param paperQuestions the ids of a fixed paper's questions in their order; empty for a blueprint
 */
public record Assignment(long id, long classId, String className, Optional<Long> blueprintId, String title,
                         Instant opensAt, Instant closesAt, List<String> paperQuestions) {

    public Assignment {
        paperQuestions = List.copyOf(paperQuestions);
    }

    public boolean isPaper() {
        return blueprintId.isEmpty();
    }

    public enum Window { UPCOMING, OPEN, CLOSED }

    public Window window(Instant now) {
        if (now.isBefore(opensAt)) {
            return Window.UPCOMING;
        }
        return now.isBefore(closesAt) ? Window.OPEN : Window.CLOSED;
    }
}
