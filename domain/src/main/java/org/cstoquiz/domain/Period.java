package org.cstoquiz.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of time during which something holds: from {@code from} (inclusive) until {@code to}
 * (exclusive: the day something else starts to hold), both partial dates.
 *
 * <ul>
 *   <li>{@code from} and {@code asOf} empty, {@code to} given: it held at some time before {@code to}
 *       (e.g. "ousted in April 2010"); it is then never certain that it held on a given day.</li>
 *   <li>{@code from} empty: the start is not known; then {@code asOf} must say when the state was
 *       observed to hold (a "snapshot", e.g. a member list "accurate as of 20 May 2012").</li>
 *   <li>{@code to} empty: still holding when last observed. With {@code asOf}, nothing is claimed
 *       after {@code asOf}; without it, the period is open-ended.</li>
 * </ul>
 *
 * <p>{@link #covers} answers "did this hold throughout the given date?" conservatively:
 * {@link Truth#YES} only if it held on every day the date may denote, {@link Truth#NO} only if it
 * held on none of them, {@link Truth#UNKNOWN} otherwise (e.g. "1999" for a period ending in April 1999).
 */
public record Period(Optional<PartialDate> from, Optional<PartialDate> to, Optional<PartialDate> asOf) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        problem(from, to, asOf).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    public static Period from(PartialDate from) {
        return new Period(Optional.of(from), Optional.empty(), Optional.empty());
    }

    public static Period between(PartialDate from, PartialDate to) {
        return new Period(Optional.of(from), Optional.of(to), Optional.empty());
    }

    public static Period snapshot(PartialDate asOf) {
        return new Period(Optional.empty(), Optional.empty(), Optional.of(asOf));
    }

    public Period withTo(PartialDate newTo) {
        return new Period(from, Optional.of(newTo), asOf);
    }

    /**
     * Why these bounds cannot form a period, or empty when they can. Used by the record itself and
     * by loaders that want to report the problem at the right line instead of throwing.
     */
    public static Optional<String> problem(Optional<PartialDate> from, Optional<PartialDate> to,
                                           Optional<PartialDate> asOf) {
        if (from.isEmpty() && to.isEmpty() && asOf.isEmpty()) {
            return Optional.of("a period needs 'from', 'to' or 'asOf'");
        }
        if (from.isPresent() && to.isPresent() && !to.get().latest().isAfter(from.get().earliest())) {
            return Optional.of("impossible dates: ends (" + to.get() + ") "
                    + (to.get().equals(from.get()) ? "on the day" : "before") + " it starts (" + from.get() + ")");
        }
        if (asOf.isPresent() && from.isPresent() && asOf.get().isCertainlyBefore(from.get())) {
            return Optional.of("impossible dates: observed (asOf " + asOf.get() + ") before it starts (" + from.get() + ")");
        }
        if (asOf.isPresent() && to.isPresent() && asOf.get().isCertainlyAfter(to.get())) {
            return Optional.of("impossible dates: observed (asOf " + asOf.get() + ") after it ends (" + to.get() + ")");
        }
        return Optional.empty();
    }

    /** Earliest possible first day. */
    LocalDate startEarliest() {
        return from.map(PartialDate::earliest).orElse(LocalDate.MIN);
    }

    /** Latest possible first day. */
    LocalDate startLatest() {
        if (from.isPresent()) {
            return from.get().latest();
        }
        // start unknown: it held at asOf; with only an end known, it never certainly held on any given day
        return asOf.map(PartialDate::latest).orElseGet(() -> to.orElseThrow().latest());
    }

    /** Earliest possible end (first day on which it no longer holds). */
    LocalDate endEarliest() {
        if (to.isPresent()) {
            return to.get().earliest();
        }
        return asOf.map(a -> a.earliest().plusDays(1)).orElse(LocalDate.MAX);
    }

    /** Latest possible end. */
    LocalDate endLatest() {
        return to.map(PartialDate::latest).orElse(LocalDate.MAX);
    }

    /** Did this hold on every day {@code date} may denote? */
    public Truth covers(PartialDate date) {
        if (!startLatest().isAfter(date.earliest()) && date.latest().isBefore(endEarliest())) {
            return Truth.YES;
        }
        if (date.latest().isBefore(startEarliest()) || !endLatest().isAfter(date.earliest())) {
            return Truth.NO;
        }
        return Truth.UNKNOWN;
    }

    /** Did this hold throughout the given year? */
    public Truth coversYear(int year) {
        return covers(PartialDate.ofYear(year));
    }

    /** Did this hold on at least one day {@code date} may denote? Conservative like {@link #covers}. */
    public Truth overlaps(PartialDate date) {
        // observed to hold at a time that lies inside the date
        if (asOf.isPresent() && asOf.get().within(date) && (from.isEmpty() || !from.get().isCertainlyAfter(asOf.get()))) {
            return Truth.YES;
        }
        // it certainly held on some day of the date when the certain core of the period
        // [startLatest, endEarliest) meets [date.earliest, date.latest]
        if (startLatest().isBefore(endEarliest())
                && !startLatest().isAfter(date.latest()) && date.earliest().isBefore(endEarliest())) {
            return Truth.YES;
        }
        // a (never empty) period lying entirely inside the date certainly held on one of its days
        if (!startEarliest().isBefore(date.earliest()) && !endLatest().isAfter(date.latest().plusDays(1))) {
            return Truth.YES;
        }
        if (date.latest().isBefore(startEarliest()) || !endLatest().isAfter(date.earliest())) {
            return Truth.NO;
        }
        return Truth.UNKNOWN;
    }

    public boolean isOpen() {
        return to.isEmpty();
    }

    @Override
    public String toString() {
        return from.map(PartialDate::toString).orElse("?") + ".." + to.map(PartialDate::toString).orElse("")
                + asOf.map(a -> " (as of " + a + ")").orElse("");
    }
}
