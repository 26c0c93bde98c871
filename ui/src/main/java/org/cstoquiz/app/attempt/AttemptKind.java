package org.cstoquiz.app.attempt;

import org.cstoquiz.engine.attempt.Behaviour;

/** What an attempt is for, how it flows, and what the learner calls it. */
public enum AttemptKind {
    /** Immediate feedback on each question, chosen by area, type and length. */
    PRACTICE(Behaviour.IMMEDIATE_FEEDBACK, "practice session"),
    /** A self-assessment test from a blueprint: deferred feedback, graded when submitted or when time is up. */
    TEST(Behaviour.DEFERRED_FEEDBACK, "test");

    private final Behaviour behaviour;
    private final String noun;

    AttemptKind(Behaviour behaviour, String noun) {
        this.behaviour = behaviour;
        this.noun = noun;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    /** "practice session", "test". */
    public String noun() {
        return noun;
    }
}
