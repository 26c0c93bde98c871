package org.cstoquiz.domain;

/**
 * A three-valued answer. Questions about time are answered conservatively: when a fact is known
 * only to the year and the question asks about a point inside that year, the answer is
 * {@link #UNKNOWN}, never a guess.
 */
public enum Truth {
    YES, NO, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? YES : NO;
    }

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    public Truth not() {
        return switch (this) {
            case YES -> NO;
            case NO -> YES;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
