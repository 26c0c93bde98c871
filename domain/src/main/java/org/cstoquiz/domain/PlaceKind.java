package org.cstoquiz.domain;

/**
 * What kind of place a {@link Place} is, so that a question about a city offers cities and a
 * question about a region offers regions.
 */
public enum PlaceKind {
    /** A city or town ("Moscow", "Brussels"). */
    CITY,
    /** A region, province or territory ("southern Kyrgyzstan", "Nagorno-Karabakh"). */
    REGION,
    /** Anything else: a base, a port, a building, a sea ("the Crimean port of Sevastopol"). */
    SITE
}
