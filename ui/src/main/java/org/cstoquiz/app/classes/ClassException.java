package org.cstoquiz.app.classes;

/** A request about classes or assignments refused, with what to tell the person; nothing was changed. */
public class ClassException extends RuntimeException {

    public ClassException(String message) {
        super(message);
    }
}
