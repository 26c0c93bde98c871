package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.Question;

/**
 * A question together with what it rests on, for review and for tests.
 *
 * @param question  the question
 * @param family    the kind of item it is (e.g. {@code "event-year"}), for statistics
 * @param checks    every assertion behind the key and the distractors
 * @param timeFrame the date the stem fixes, if any
 * @param precision the finest date precision the question asks for (years when it asks none)
 */
public record GeneratedQuestion(Question question, String family, List<AssertionCheck> checks,
                                Optional<PartialDate> timeFrame, Precision precision) {

    public GeneratedQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(family, "family");
        checks = List.copyOf(checks);
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(precision, "precision");
    }
}
