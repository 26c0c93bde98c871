package org.cstoquiz.engine.attempt;

import java.util.Objects;
import org.cstoquiz.engine.question.Question;

/** A question placed in an attempt, worth {@code marks} (more than 0). */
public record SlotPlan(Question question, double marks) {

    public SlotPlan {
        Objects.requireNonNull(question, "question");
        if (!(marks > 0) || Double.isInfinite(marks)) {
            throw new IllegalArgumentException("a slot is worth a finite number of marks above 0, got " + marks);
        }
    }
}
