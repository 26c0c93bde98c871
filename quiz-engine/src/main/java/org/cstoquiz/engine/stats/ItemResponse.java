package org.cstoquiz.engine.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * One graded answer to one question in one attempt.
 *
 * @param attempt     the attempt it belongs to
 * @param questionId  the question answered
 * @param fraction    the share of the question's marks earned, 0 to 1 (a blank is 0)
 * @param wrongChoice for a wrong answer that picked an option, the text of that option
 */
public record ItemResponse(String attempt, String questionId, double fraction, Optional<String> wrongChoice) {

    public ItemResponse {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(questionId, "questionId");
        if (fraction < 0 || fraction > 1 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, not " + fraction);
        }
        Objects.requireNonNull(wrongChoice, "wrongChoice");
    }
}
