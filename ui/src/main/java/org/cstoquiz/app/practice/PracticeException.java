package org.cstoquiz.app.practice;

/** A practice request that cannot be met; the message is written for the learner. */
public class PracticeException extends RuntimeException {

    public PracticeException(String message) {
        super(message);
    }
}
