package org.cstoquiz.app.review;

import java.util.Optional;

/** A source of a question, by its title, with when its information holds. */
public record SourceLine(String title, Optional<String> asOf, String quote) {
}
