package org.cstoquiz.app.classes;

/**
 * What deleting a class would take with it.
 *
 * @param assignments the tests assigned to it
 * @param testsTaken  the tests its learners started for them (their results)
 */
public record ClassContents(int assignments, int testsTaken) {
}
