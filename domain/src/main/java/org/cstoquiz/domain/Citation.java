package org.cstoquiz.domain;

import java.util.Objects;

/**
 * A source for a fact: the file name of a seed text and a short quote that occurs verbatim in it
 * (up to whitespace and typographic quotes/dashes, see {@link Quotes}).
 */
public record Citation(String source, String quote) {

    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        if (source.isBlank()) {
            throw new IllegalArgumentException("citation without a source");
        }
        if (quote.isBlank()) {
            throw new IllegalArgumentException("citation without a quote");
        }
    }

    @Override
    public String toString() {
        return source + ": \"" + quote + "\"";
    }
}
