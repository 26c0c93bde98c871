package org.cstoquiz.engine.stats;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one question performed, as Moodle's quiz statistics define it.
 *
 * @param facility        mean share of the marks earned, in percent (100 = everyone right)
 * @param discrimination  correlation, in percent, between the score on this question and the score on
 *                        the rest of the attempt; empty when it cannot be computed (fewer than two
 *                        attempts, or no spread in either score)
 * @param mostChosenWrong the wrong option chosen most often, if any
 */
public record ItemStatistic(String questionId, int attempts, double facility, OptionalDouble discrimination,
                            Optional<String> mostChosenWrong) {

    /** Negative discrimination: the question is answered better by those who do worse elsewhere. */
    public boolean flagged() {
        return discrimination.isPresent() && discrimination.getAsDouble() < 0;
    }
}
