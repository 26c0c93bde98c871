package org.cstoquiz.engine.question;

import java.io.Serializable;

/** A citation: the seed document (file name) and a verbatim quote from it that supports the key. */
public record Source(String document, String quote) implements Serializable {

    public Source {
        Checks.requireNonBlank(document, "source document");
        Checks.requireNonBlank(quote, "source quote");
    }
}
