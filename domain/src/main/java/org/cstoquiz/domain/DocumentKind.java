package org.cstoquiz.domain;

/** The kind of a document. */
public enum DocumentKind {
    TREATY, CHARTER, PROTOCOL, AGREEMENT, MEMORANDUM, DECLARATION, DECISION, STRATEGY, PLAN,
    GUIDELINES, REGULATION, RESOLUTION, LIST
}
