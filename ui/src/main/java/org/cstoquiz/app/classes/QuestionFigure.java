package org.cstoquiz.app.classes;

import org.cstoquiz.domain.Area;

/**
 * How the class did on one question of an assignment, over its closed tests.
 *
 * @param asked    in how many closed tests it was
 * @param answered how many learners answered it (did not leave it blank)
 * @param facility the mean score fraction (0 to 1) over the tests it was in, a blank counting 0
 */
public record QuestionFigure(String questionId, Area area, String stem, int asked, int answered, double facility) {
}
