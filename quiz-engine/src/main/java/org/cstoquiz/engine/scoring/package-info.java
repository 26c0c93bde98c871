/**
 * Scoring schemes: how a {@link org.cstoquiz.engine.question.Grade} and a question's marks become
 * marks awarded (plain, partial credit, UPSC negative marking), and
 * {@link org.cstoquiz.engine.scoring.Tally} to add them up.
 */
package org.cstoquiz.engine.scoring;
