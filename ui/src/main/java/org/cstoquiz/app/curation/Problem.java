package org.cstoquiz.app.curation;

/** What a learner says is wrong with a question. */
public enum Problem {
    WRONG_KEY("The answer given as correct is wrong"),
    UNCLEAR("The question is unclear"),
    TYPO("There is a typo"),
    OTHER("Something else");

    private final String label;

    Problem(String label) {
        this.label = label;
    }

    /** How the learner chooses it, e.g. "There is a typo". */
    public String label() {
        return label;
    }
}
