package org.cstoquiz.domain;

import java.util.Locale;

/** The area of knowledge a fact belongs to; question generators are organised by area. */
public enum Area {
    DATES, MEMBERS, ARTICLES, ORGANS, PEOPLE, FIGURES, OPERATIONS, RELATIONS;

    /** The lower-case name used in content files ("dates", "members", ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
