package org.cstoquiz.engine.generate;

import java.util.Objects;

/**
 * One claim a question rests on and whether the question treats it as true.
 *
 * @param target   what the claim belongs to: a choice text, a prompt text, {@code "stem"}, or
 *                 {@code "statement n"} / {@code "assertion"} / {@code "reason"} for the exam formats
 * @param claim    the claim
 * @param expected true when the question's key depends on the claim being true, false when it
 *                 depends on it being false (a distractor, a false statement)
 */
public record ClaimCheck(String target, Claim claim, boolean expected) {

    public static final String STEM = "stem";

    public ClaimCheck {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(claim, "claim");
    }
}
