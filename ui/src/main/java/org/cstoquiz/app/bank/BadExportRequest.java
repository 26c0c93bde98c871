package org.cstoquiz.app.bank;

/** An export that cannot be made as asked; the message is one line written for the user. */
public class BadExportRequest extends RuntimeException {

    public BadExportRequest(String message) {
        super(message);
    }
}
