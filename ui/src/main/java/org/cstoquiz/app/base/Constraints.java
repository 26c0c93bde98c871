package org.cstoquiz.app.base;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint a failed write broke, by the name the migrations give it. */
public final class Constraints {

    private Constraints() {
    }

    /**
     * Whether {@code failure} broke the constraint {@code name} (as declared, e.g.
     * {@code uk_test_blueprint_name}). The name comes from the database's own report as Hibernate reads
     * it: PostgreSQL gives the bare name, H2 may put the schema before it and its index after it
     * ({@code PUBLIC.UK_X INDEX PUBLIC.UK_X_INDEX_8}).
     */
    public static boolean violated(DataIntegrityViolationException failure, String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String first = violation.getConstraintName().strip().split("\\s+")[0];
                String reported = first.substring(first.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
                return reported.equals(wanted) || reported.startsWith(wanted + "_INDEX_");
            }
        }
        return false;
    }
}
