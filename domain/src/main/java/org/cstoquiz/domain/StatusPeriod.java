package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A country's status towards an organization during one period, with its own citations. */
public record StatusPeriod(MembershipStatus status, Period period, Optional<String> note, List<Citation> citations) {

    public StatusPeriod {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(note, "note");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("status period " + status + " " + period + " has no citation");
        }
    }

    public Optional<PartialDate> from() {
        return period.from();
    }

    public Optional<PartialDate> to() {
        return period.to();
    }

    /** Did this status hold throughout {@code date}? */
    public Truth covers(PartialDate date) {
        return period.covers(date);
    }
}
