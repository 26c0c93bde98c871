package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.List;
import org.cstoquiz.engine.question.Area;

/**
 * What a learner has reviewed: every answer since a date, and the current recall of each fact seen.
 *
 * @param recall fact id → probability of recalling it now (FSRS retrievability)
 */
public record ReviewHistory(List<Answer> answers, List<Recall> recall) {

    public record Answer(String factId, Area area, boolean correct, Instant at) {
    }

    public record Recall(String factId, double probability, int lapses) {
    }
}
