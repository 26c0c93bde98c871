package org.cstoquiz.app.practice;

import org.cstoquiz.engine.attempt.Rejection;
import org.cstoquiz.engine.attempt.SlotFeedback;

/** What answering a question gave: its feedback, or why the answer was refused. */
public sealed interface AnswerResult {

    /** The session after the answer (closed when time ran out). */
    PracticeSession session();

    /** The answer was stored and graded. */
    record Graded(PracticeSession session, SlotFeedback feedback) implements AnswerResult {
    }

    /** The answer was refused (and not stored); {@code message} is written for the learner. */
    record Refused(PracticeSession session, Rejection reason, String message) implements AnswerResult {
    }
}
