package org.cstoquiz.app.curation;

import java.time.Instant;
import java.util.Optional;
import org.cstoquiz.engine.question.Question;

/**
 * What instructors decided about one generated question.
 *
 * @param original the generated question as it was when last looked at
 * @param edited   the copy served in its place, if any
 */
public record Curation(long id, String pack, String questionId, long bankSeed, Question original, boolean retired,
                       Optional<Question> edited, String changedBy, Instant changedAt) {
}
