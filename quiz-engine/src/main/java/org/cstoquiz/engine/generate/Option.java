package org.cstoquiz.engine.generate;

/** A text shown to the learner and the claim it makes. */
record Option(String text, Claim claim) {
}
