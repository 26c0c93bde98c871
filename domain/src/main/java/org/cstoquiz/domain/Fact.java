package org.cstoquiz.domain;

import java.util.List;

/**
 * One cited piece of knowledge with a stable id, an area of knowledge, and at least one citation.
 *
 * <p>Some facts bundle several attributes, each with its own citations (an organ's composition,
 * function and seat...). {@link #atomicCount()} says how many separately cited statements a fact
 * holds; {@link #allCitations()} returns every citation, own and per attribute.
 */
public sealed interface Fact
        permits Organization, Country, Place, Membership, Document, Article, Organ, Office, Person,
                OfficeHolding, Event, Force, Figure, Operation, Relation, Statement, ConflictingClaims {

    /** Stable id such as {@code event.treaty-signed} or {@code country.armenia}. */
    String id();

    Area area();

    /** Citations supporting the fact itself (never empty). */
    List<Citation> citations();

    /** A short human-readable label for lists and explanations. */
    String label();

    /** Every citation of this fact, including those of its attributes. */
    default List<Citation> allCitations() {
        return citations();
    }

    /** The number of separately cited statements this fact holds. */
    default int atomicCount() {
        return 1;
    }

    /** The ids of other facts this fact refers to, with the kinds they must have. */
    default List<Reference> references() {
        return List.of();
    }
}
