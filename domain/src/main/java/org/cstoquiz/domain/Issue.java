package org.cstoquiz.domain;

/**
 * An integrity problem found in a set of facts.
 *
 * @param factId the fact at fault
 * @param field  the field at fault (e.g. {@code country}, {@code subjects[1]}), or empty for the whole fact
 */
public record Issue(String factId, String field, String message) {

    @Override
    public String toString() {
        return factId + (field.isEmpty() ? "" : "." + field) + ": " + message;
    }
}
