package org.cstoquiz.engine.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * One question in an attempt with its steps so far. Its state is derived from the steps. The grade
 * is not exposed here: ask {@link Attempt#feedback(int)}, which respects the behaviour.
 *
 * @param number from 1
 */
public record Slot(int number, Question question, double marks, List<Step> steps) {

    public Slot {
        Objects.requireNonNull(question, "question");
        steps = List.copyOf(steps);
    }

    /** The last saved answer, or {@link Response#BLANK}. */
    public Response currentResponse() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Step.AnswerSaved saved) {
                return saved.response();
            }
        }
        return Response.BLANK;
    }

    /** Whether a non-blank answer is saved. */
    public boolean isAnswered() {
        return !currentResponse().isBlank();
    }

    /** Immediate feedback: whether the slot was submitted (and is therefore graded and locked). */
    public boolean isSubmitted() {
        return steps.stream().anyMatch(Step.Submitted.class::isInstance);
    }

    public boolean isFlagged() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Step.Flagged) {
                return true;
            }
            if (steps.get(i) instanceof Step.Unflagged) {
                return false;
            }
        }
        return false;
    }

    /** The grade of the current response, whether or not the behaviour lets the learner see it yet. */
    Grade grade() {
        return question.grade(currentResponse());
    }

    Slot with(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Slot(number, question, marks, more);
    }
}
