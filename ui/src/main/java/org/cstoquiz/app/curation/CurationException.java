package org.cstoquiz.app.curation;

/** A curation that cannot be made as asked; the message is written for the user. */
public class CurationException extends RuntimeException {

    public CurationException(String message) {
        super(message);
    }
}
