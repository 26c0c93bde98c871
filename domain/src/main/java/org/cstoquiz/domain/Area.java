package org.cstoquiz.domain;

import java.util.Arrays;
import java.util.Locale;

/** The area of knowledge a fact, and a question on it, belongs to; question generators are organised by area. */
public enum Area {
    DATES, MEMBERS, ARTICLES, ORGANS, PEOPLE, FIGURES, OPERATIONS, RELATIONS;

    /** The lower-case name used in content and exported files ("dates", "members", ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area whose {@link #key()} is {@code key}. */
    public static Area fromKey(String key) {
        return Arrays.stream(values())
                .filter(area -> area.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown area '" + key + "'"));
    }
}
