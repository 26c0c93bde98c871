package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;

/** One attribute of a fact (an organ's seat, a force's purpose...) with its own citations. */
public record Sourced<T>(T value, List<Citation> citations) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("attribute '" + value + "' has no citation");
        }
    }

    public static <T> Sourced<T> of(T value, Citation first, Citation... more) {
        return new Sourced<>(value, Facts.list(first, more));
    }
}
