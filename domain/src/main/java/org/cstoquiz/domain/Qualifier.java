package org.cstoquiz.domain;

/** How a figure is stated in the source. */
public enum Qualifier {
    /** Stated as an exact number. */
    EXACT("", false),
    /** "about", "approximately". */
    ABOUT("about ", true),
    /** "more than", "over". */
    MORE_THAN("more than ", true),
    /** "at least", "no less than". */
    AT_LEAST("at least ", true),
    /** "as high as", "up to". */
    UP_TO("up to ", true);

    private final String prefix;
    private final boolean approximate;

    Qualifier(String prefix, boolean approximate) {
        this.prefix = prefix;
        this.approximate = approximate;
    }

    public String prefix() {
        return prefix;
    }

    public boolean isApproximate() {
        return approximate;
    }
}
