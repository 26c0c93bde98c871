package org.cstoquiz.app.review;

import org.cstoquiz.engine.question.Question;
import java.io.Serializable;
import org.cstoquiz.engine.schedule.CardState;

/**
 * A fact to review now and the question it is asked with.
 *
 * @param state the state of its card: NEW for a fact never reviewed
 * @param early whether it is a learning step shown before its time because nothing else is left
 */
public record ReviewItem(String pack, String factId, String factLabel, Question question, CardState state,
                         boolean early) implements Serializable {

    public boolean isNew() {
        return state == CardState.NEW;
    }

    public FactKey key() {
        return new FactKey(pack, factId);
    }

    /** A fact of a pack. */
    public record FactKey(String pack, String factId) implements Serializable {
    }
}
