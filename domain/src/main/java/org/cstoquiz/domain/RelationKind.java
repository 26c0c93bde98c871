package org.cstoquiz.domain;

/** How two facts (usually organizations) relate. Read as "subject KIND object". */
public enum RelationKind {
    /** The subject grew out of the object's framework (CSTO grew out of the CIS). */
    GREW_OUT_OF,
    /** The subject is compared with, or positioned as the equivalent of, the object. */
    COMPARED_WITH,
    /** The subject (an article) mirrors the object (another article). */
    MIRRORS,
    /** The subject (an article) refers to the object. */
    REFERS_TO,
    /** The subject cooperates with the object. */
    COOPERATES_WITH,
    /** The subject signed an agreement or memorandum with the object. */
    SIGNED_WITH,
    /** The subject has observer status at the object. */
    OBSERVER_AT,
    /** The members of the subject overlap with those of the object. */
    OVERLAPS_WITH,
    /** The subject was in a dispute with the object. */
    DISPUTE_WITH,
    /** The subject recognised the object (e.g. a region's independence). */
    RECOGNISED
}
