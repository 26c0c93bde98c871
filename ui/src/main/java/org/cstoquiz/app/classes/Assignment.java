package org.cstoquiz.app.classes;

import java.time.Instant;

/**
 * A test assigned to a class: drawn from a blueprint (named as it was when assigned), open from
 * {@code opensAt} (inclusive) to {@code closesAt} (exclusive).
 */
public record Assignment(long id, long classId, String className, long blueprintId, String title, Instant opensAt,
                         Instant closesAt) {

    public enum Window { UPCOMING, OPEN, CLOSED }

    public Window window(Instant now) {
        if (now.isBefore(opensAt)) {
            return Window.UPCOMING;
        }
        return now.isBefore(closesAt) ? Window.OPEN : Window.CLOSED;
    }
}
