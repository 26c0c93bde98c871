package org.cstoquiz.domain;

/** How precisely a date is known. Ordered from coarsest to finest. */
public enum Precision {
    YEAR, MONTH, DAY;

    /** True when a date of this precision can answer a question asked at {@code asked} precision. */
    public boolean supports(Precision asked) {
        return compareTo(asked) >= 0;
    }
}
