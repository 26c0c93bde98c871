package org.cstoquiz.app.practice;

/** What an attempt is for. Only practice sessions exist so far; timed tests will join them. */
enum AttemptKind {
    /** Immediate feedback on each question, chosen by area, type and length. */
    PRACTICE
}
