package org.cstoquiz.app.account;

import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** The name of the database constraint a failed write broke, as both H2 and PostgreSQL report it. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    /** The constraint's name in lower case, without schema or quotes; empty when none was reported. */
    static Optional<String> violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(normalise(violation.getConstraintName()));
            }
        }
        return Optional.empty();
    }

    /** Whether the constraint reported is {@code name} (H2 reports a unique constraint by its index, {@code name_INDEX_n}). */
    static boolean is(Throwable failure, String name) {
        return violated(failure).map(found -> found.equals(name) || found.matches(name + "_index_[0-9a-z]+"))
                .orElse(false);
    }

    static String normalise(String reported) {
        String name = reported.replace("\"", "").strip();
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space);
        }
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
