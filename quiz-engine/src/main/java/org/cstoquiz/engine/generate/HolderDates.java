package org.cstoquiz.engine.generate;

import java.util.Optional;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Truth;

/** The dates a holding is asked at, and how far other holders' terms lie from them. */
final class HolderDates {

    private HolderDates() {
    }

    /**
     * A year in which the holder held the post and nobody else did: the first year the holder held
     * throughout, else the first year of the term unless it was a year of handover (the predecessor
     * still in office that year), never past the term's end. "In 2009, who was
     * Secretary General?" has two answers when one term ended and the next began in 2009.
     */
    /** The date a holding is asked at: the date its source gives, else the year its holder alone held the post. */
    static Optional<PartialDate> askedAt(Context ctx, OfficeHolding h) {
        return h.period().asOf().or(() -> soleHolderYear(ctx, h));
    }

    static Optional<PartialDate> soleHolderYear(Context ctx, OfficeHolding h) {
        if (h.period().from().isEmpty()) {
            return Optional.empty();
        }
        int first = h.period().from().get().year();
        int last = h.period().to().map(PartialDate::year).orElse(first);
        // a year held throughout ("as of 1995" of a term that began in 1995 may mean before it began), else one held in part
        for (boolean throughout : new boolean[] {true, false}) {
            for (int year = first; year <= last; year++) {
                PartialDate candidate = PartialDate.ofYear(year);
                Truth held = throughout ? h.period().covers(candidate) : h.period().overlaps(candidate);
                if (held == Truth.YES && soleHolder(ctx, h, candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean soleHolder(Context ctx, OfficeHolding h, PartialDate date) {
        return ctx.facts.holdings().stream()
                .filter(o -> !o.person().equals(h.person()))
                .filter(o -> !supersededBy(o, h))
                .filter(o -> AssertionChecker.holdsPost(o, h.office(), h.country(), h.title()))
                .noneMatch(o -> o.period().overlaps(date) != Truth.NO);
    }

    /** How far from the date a wrong holder's term may lie before the name dates itself. */
    static final int ERA_YEARS = 20;

    /** How many years lie between a term and a date (0 when the sources put the term at that year). */
    static int yearsAway(OfficeHolding o, PartialDate date) {
        int year = date.year();
        int start = o.period().from().or(() -> o.period().asOf()).map(PartialDate::year).orElse(year);
        int end = o.period().to().or(() -> o.period().asOf()).map(PartialDate::year).orElse(start);
        return year < start ? start - year : year > end ? year - end : 0;
    }

    /** A term whose end the sources do not give ended when a later holder of the post took office. */
    private static boolean supersededBy(OfficeHolding earlier, OfficeHolding later) {
        Optional<PartialDate> start = earlier.period().from().or(() -> earlier.period().asOf());
        return earlier.period().to().isEmpty() && start.isPresent() && later.period().from().isPresent()
                && start.get().isCertainlyBefore(later.period().from().get());
    }
}
