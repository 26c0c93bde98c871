package org.cstoquiz.app.review;

/** A review action that cannot be done, with a message for the learner. */
public class ReviewException extends RuntimeException {

    public ReviewException(String message) {
        super(message);
    }
}
