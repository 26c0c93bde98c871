package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a disagreement between sources.
 *
 * @param id   short id, unique within its {@link ConflictingClaims} ("seven", "six")
 * @param says what the source(s) say, in plain English
 * @param asOf when the claim was made or held, if it matters
 */
public record Claim(String id, String says, Optional<PartialDate> asOf, List<Citation> citations) {

    public Claim {
        Facts.requireText(id, "claim id");
        Facts.requireText(says, "says");
        Objects.requireNonNull(asOf, "asOf");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("claim '" + id + "' has no citation");
        }
    }

    /** The file names of the sources making this claim. */
    public List<String> sources() {
        return citations.stream().map(Citation::source).distinct().toList();
    }
}
