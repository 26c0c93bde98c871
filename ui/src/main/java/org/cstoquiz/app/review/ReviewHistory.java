package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.schedule.Card;
import org.cstoquiz.engine.schedule.Rating;

/**
 * What a learner has reviewed in one pack: every answer since a date, and each fact reviewed with
 * its FSRS card and its whole answer history in figures.
 */
public record ReviewHistory(String pack, List<Answer> answers, List<FactRecord> facts) {

    public ReviewHistory {
        answers = List.copyOf(answers);
        facts = List.copyOf(facts);
    }

    public record Answer(String factId, Area area, boolean correct, Rating rating, Instant at) {
    }

    /**
     * A fact reviewed at least once.
     *
     * @param area      the area of the question last asked about it
     * @param card      its FSRS card as it now stands
     * @param answered  review answers on it, ever
     * @param right     of which right (for an answer the learner rated, anything but Again)
     * @param lastRight whether the latest of them was right
     */
    public record FactRecord(String factId, Area area, Card card, int answered, int right, boolean lastRight) {
    }
}
