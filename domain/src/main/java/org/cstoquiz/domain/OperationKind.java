package org.cstoquiz.domain;

/** Kinds of operation. */
public enum OperationKind {
    /** A standing or recurring operation (anti-drug, anti-migration, cyber). */
    OPERATION,
    /** A military exercise or war game. */
    EXERCISE,
    /** A deployment of troops on a mission. */
    MISSION
}
