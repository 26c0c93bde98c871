package org.cstoquiz.engine.generate;

import java.util.Objects;

/**
 * One assertion a question rests on and whether the question treats it as true.
 *
 * @param target    what the assertion belongs to: a choice text, a prompt text, {@code "stem"}, or
 *                  {@code "statement n"} / {@code "assertion"} / {@code "reason"} for the exam formats
 * @param assertion the assertion
 * @param expected  true when the question's key depends on it being true, false when it depends on it
 *                  being false (a distractor, a false statement)
 */
public record AssertionCheck(String target, Assertion assertion, boolean expected) {

    public static final String STEM = "stem";

    public AssertionCheck {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(assertion, "assertion");
    }
}
