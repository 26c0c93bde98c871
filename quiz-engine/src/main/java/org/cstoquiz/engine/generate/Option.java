package org.cstoquiz.engine.generate;

/** A text shown to the learner and what it asserts. */
record Option(String text, Assertion assertion) {
}
