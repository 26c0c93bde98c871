package org.cstoquiz.domain;

import java.util.regex.Pattern;

/** Rules for fact ids: stable, lower-case, dot-separated words, e.g. {@code event.treaty-signed}. */
public final class Ids {

    public static final String RULE = "use lower-case letters, digits, '-' and '.', starting with a letter";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
