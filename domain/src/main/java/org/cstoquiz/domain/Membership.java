package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The full history of one country's standing towards one organization: consecutive status
 * periods (signatory, member, withdrawn, member again, suspended...), each cited.
 *
 * <p>Periods are in chronological order and do not overlap. A period whose {@code to} equals the
 * next period's {@code from} is "chained" to it: the status changed on that (partial) date, with
 * no gap in between.
 */
public record Membership(String id, Area area, String country, String organization, List<StatusPeriod> periods)
        implements Fact {

    public Membership {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(country, "country");
        Facts.requireText(organization, "organization");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("membership '" + id + "' has no period");
        }
        orderProblem(periods).ifPresent(p -> {
            throw new IllegalArgumentException("membership '" + id + "': " + p);
        });
    }

    /**
     * Why the periods are not in order, or empty. Exposed so that loaders can report it at the
     * right line: the index is the 0-based index of the offending period.
     */
    public static Optional<String> orderProblem(List<StatusPeriod> periods) {
        for (int i = 1; i < periods.size(); i++) {
            Period prev = periods.get(i - 1).period();
            Period next = periods.get(i).period();
            if (chained(prev, next)) {
                continue;
            }
            // only certain contradictions count: the earliest the previous period can end is after
            // the latest the next one can start
            if (prev.endEarliest().isAfter(next.startLatest())) {
                return Optional.of("periods " + (i) + " and " + (i + 1)
                        + " overlap or are out of order (" + prev + " / " + next + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean chained(Period prev, Period next) {
        return prev.to().isPresent() && prev.to().equals(next.from());
    }

    @Override
    public List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        periods.forEach(p -> all.addAll(p.citations()));
        return List.copyOf(all);
    }

    @Override
    public String label() {
        return country + " in " + organization;
    }

    /** Each status period counts as one fact. */
    @Override
    public int atomicCount() {
        return periods.size();
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to("country", country, Country.class),
                Reference.to("organization", organization, Organization.class));
    }

    /** The status throughout {@code date}, answered conservatively. */
    public StatusAt statusAt(PartialDate date) {
        Set<MembershipStatus> possible = EnumSet.noneOf(MembershipStatus.class);
        for (StatusPeriod p : periods) {
            switch (p.covers(date)) {
                case YES -> {
                    return new StatusAt.Known(p.status());
                }
                case UNKNOWN -> possible.add(p.status());
                case NO -> { }
            }
        }
        if (possible.isEmpty()) {
            return new StatusAt.NoStatus();
        }
        return new StatusAt.Unknown(possible, !certainlyCovered(date));
    }

    /** True when some chain of consecutive periods certainly covers every day of {@code date}. */
    private boolean certainlyCovered(PartialDate date) {
        int i = 0;
        while (i < periods.size()) {
            int j = i;
            while (j + 1 < periods.size() && chained(periods.get(j).period(), periods.get(j + 1).period())) {
                j++;
            }
            Period first = periods.get(i).period();
            Period last = periods.get(j).period();
            if (!first.startLatest().isAfter(date.earliest()) && date.latest().isBefore(last.endEarliest())) {
                return true;
            }
            i = j + 1;
        }
        return false;
    }

    /** Was the country formally a member throughout {@code date}? */
    public Truth wasMemberAt(PartialDate date) {
        return statusAt(date).formalMember();
    }

    /** Was the country formally a member throughout {@code year}? */
    public Truth wasMemberAt(int year) {
        return wasMemberAt(PartialDate.ofYear(year));
    }

    /** Was the country ever in {@code status}, at any time? */
    public boolean everHad(MembershipStatus status) {
        return periods.stream().anyMatch(p -> p.status() == status);
    }

    /** The period in which the status {@code status} first started, if any. */
    public Optional<StatusPeriod> first(MembershipStatus status) {
        return periods.stream().filter(p -> p.status() == status).findFirst();
    }

    /** The most recent period (the current status as of the sources). */
    public StatusPeriod latest() {
        return periods.get(periods.size() - 1);
    }
}
