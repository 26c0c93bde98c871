package org.cstoquiz.app.curation;

import java.time.Instant;

/** A learner's report on a question: who, what kind of problem, and the note they wrote. */
public record Report(long id, String questionId, String reporter, Problem problem, String note, Instant reportedAt) {
}
