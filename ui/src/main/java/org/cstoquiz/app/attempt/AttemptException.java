package org.cstoquiz.app.attempt;

/** A request about a practice session or a test that cannot be met; the message is written for the learner. */
public class AttemptException extends RuntimeException {

    public AttemptException(String message) {
        super(message);
    }
}
