package org.cstoquiz.app.practice;

/** What an attempt is for. */
enum AttemptKind {
    /** Immediate feedback on each question, chosen by area, type and length. */
    PRACTICE,
    /** A self-assessment test from a blueprint: deferred feedback, graded when submitted or when time is up. */
    TEST
}
