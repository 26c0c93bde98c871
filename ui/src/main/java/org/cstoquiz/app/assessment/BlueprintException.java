package org.cstoquiz.app.assessment;

import java.util.Optional;

/**
 * A blueprint that cannot be saved or found; the message says what is wrong, written for the
 * instructor, and {@link #field} names the blueprint's component at fault where there is one.
 */
public class BlueprintException extends RuntimeException {

    private final String field;

    public BlueprintException(String message) {
        this(null, message);
    }

    public BlueprintException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The component of {@link Blueprint} at fault ("name", "questions", …), if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
