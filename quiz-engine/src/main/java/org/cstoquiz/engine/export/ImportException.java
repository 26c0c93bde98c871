package org.cstoquiz.engine.export;

/**
 * A file could not be read as a question set. The message starts with where the problem is: a
 * JSON path such as {@code $.questions[3].answer}, or a line and column for malformed JSON.
 */
public final class ImportException extends RuntimeException {

    private final String where;

    public ImportException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    public ImportException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.where = where;
    }

    /** Where the problem is: a JSON path, or "line L, column C". */
    public String where() {
        return where;
    }
}
