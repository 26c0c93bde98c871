package org.cstoquiz.app.classes;

import org.cstoquiz.domain.Area;

/**
 * How the class did in one area, over the closed tests of an assignment.
 *
 * @param asked      questions of the area in those tests (one per learner and question)
 * @param answered   how many of them were answered (not left blank)
 * @param facility   the mean score fraction (0 to 1) over the questions asked, a blank counting 0
 * @param percentage the marks awarded as a percentage of the marks at stake, as the scheme scores them
 */
public record AreaFigure(Area area, int asked, int answered, double facility, double percentage) {
}
