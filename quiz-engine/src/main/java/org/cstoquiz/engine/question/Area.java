package org.cstoquiz.engine.question;

import java.util.Arrays;
import java.util.Locale;

/** The area of knowledge a question belongs to; one generator per area. */
public enum Area {
    DATES, MEMBERS, ARTICLES, ORGANS, PEOPLE, FIGURES, OPERATIONS, RELATIONS;

    /** The name used in exported files, e.g. {@code "dates"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area whose {@link #jsonName()} is {@code name}. */
    public static Area fromJsonName(String name) {
        return Arrays.stream(values())
                .filter(area -> area.jsonName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown area '" + name + "'"));
    }
}
