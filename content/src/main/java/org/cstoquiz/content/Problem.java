package org.cstoquiz.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a pack, located in a file.
 *
 * @param file    the file as the loader saw it ({@code packs/csto/events.yaml} or a filesystem path)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, for an instructor
 */
public record Problem(String file, int line, String message) {

    static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
