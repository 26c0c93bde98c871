package org.cstoquiz.engine.question;

/**
 * Thrown by {@link Question#grade(Response)} when a response has the wrong shape for the question's
 * type (text for a single-choice question, an unknown choice id, an ordering that is not a
 * permutation of the items, …). A wrong shape is a programming or input error, not a wrong answer,
 * so it is never graded INCORRECT. Check first with {@link Question#problemWith(Response)}.
 */
public final class WrongResponseException extends IllegalArgumentException {

    public WrongResponseException(String message) {
        super(message);
    }
}
