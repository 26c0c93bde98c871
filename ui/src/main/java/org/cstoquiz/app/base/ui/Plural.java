package org.cstoquiz.app.base.ui;

/** A count with its noun in the right number: "1 new fact", "2 new facts", "0 days". */
public final class Plural {

    private Plural() {
    }

    /** {@code count} and {@code one}, with an "s" for any count but 1. */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }

    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
