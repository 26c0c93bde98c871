package org.cstoquiz.app.assessment;

/** A blueprint that cannot be saved or found; the message says what is wrong, written for the instructor. */
public class BlueprintException extends RuntimeException {

    public BlueprintException(String message) {
        super(message);
    }
}
