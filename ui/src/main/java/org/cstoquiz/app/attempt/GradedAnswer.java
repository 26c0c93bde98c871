package org.cstoquiz.app.attempt;

import java.time.Instant;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Grade;

/**
 * One question of a learner's closed practice session or test, as graded, for progress.
 *
 * @param finishedAt when its attempt closed
 * @param factIds    the facts the question tests
 */
public record GradedAnswer(AttemptKind kind, Instant finishedAt, Area area, List<String> factIds, Grade grade) {

    public GradedAnswer {
        factIds = List.copyOf(factIds);
    }
}
