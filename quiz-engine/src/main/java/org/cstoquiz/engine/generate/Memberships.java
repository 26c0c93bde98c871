package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.domain.StatusAt;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.domain.Truth;

/**
 * What the membership families share: the dates worth asking about (from the pack's own periods),
 * the states to offer, and the citations for a status at a date.
 */
final class Memberships {

    private Memberships() {
    }

    static List<Membership> of(Context ctx, Organization org) {
        return ctx.facts.membershipsIn(org.id()).stream().filter(m -> ctx.examWorthy(m.id())).toList();
    }

    /** The years wholly inside a period at which the country's status is certain, middle one first. */
    /**
     * The date a state's standing is asked at: {@link #interior}, but a suspension still running when a source
     * last saw it as of then ("As of 1 April 2022, what was Uzbekistan's standing?"), not a year no text names.
     */
    static Optional<PartialDate> standingDate(Membership m, StatusPeriod p, Context ctx) {
        Optional<PartialDate> seen = p.period().asOf();
        if (p.status() == MembershipStatus.SUSPENDED && p.to().isEmpty() && seen.isPresent()
                && p.covers(seen.get()) == Truth.YES && m.statusAt(seen.get()) instanceof StatusAt.Known) {
            return seen;
        }
        return interior(m, p, ctx);
    }

    static Optional<PartialDate> interior(Membership m, StatusPeriod p, Context ctx) {
        int from = p.from().map(PartialDate::year).orElse(p.period().asOf().map(PartialDate::year).orElse(0));
        int to = p.to().map(PartialDate::year).orElse(p.period().asOf().map(PartialDate::year).orElse(from));
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to && from > 0; y++) {
            PartialDate date = PartialDate.ofYear(y);
            if (p.covers(date) == Truth.YES && m.statusAt(date) instanceof StatusAt.Known) {
                years.add(y);
            }
        }
        if (!years.isEmpty()) {
            return Optional.of(PartialDate.ofYear(years.get(years.size() / 2)));
        }
        // a snapshot ("as of 20 May 2012") is asked at its own date
        return p.from().isEmpty() && p.to().isEmpty() ? p.period().asOf() : Optional.empty();
    }

    /**
     * Dates at which every state's standing towards the organization is known and none is a mere
     * signatory, one per distinct picture of the membership, from the pack's own periods.
     */
    static List<PartialDate> frames(Context ctx, Organization org) {
        List<Membership> all = ctx.facts.membershipsIn(org.id());
        TreeSet<PartialDate> dates = new TreeSet<>();
        for (Membership m : all) {
            for (StatusPeriod p : m.periods()) {
                interior(m, p, ctx).ifPresent(dates::add);
            }
        }
        List<PartialDate> frames = new ArrayList<>();
        Set<List<StatusAt>> pictures = new HashSet<>();
        for (PartialDate date : dates) {
            MembersAt at = ctx.facts.membersAt(org.id(), date);
            boolean signatory = all.stream().anyMatch(m -> m.statusAt(date).is(MembershipStatus.SIGNATORY) != Truth.NO);
            if (at.uncertain().isEmpty() && !at.members().isEmpty() && !signatory
                    && pictures.add(all.stream().map(m -> m.statusAt(date)).toList())) {
                frames.add(date);
            }
        }
        return frames;
    }

    /** States to offer beside the key: all the pack's states whose standing at the date is certain and undisputed. */
    static List<Country> pool(Context ctx, Organization org, PartialDate date) {
        return ctx.facts.countries().stream()
                .filter(c -> ctx.facts.wasMemberAt(c.id(), org.id(), date).isKnown())
                .filter(c -> ctx.facts.membership(c.id(), org.id()).map(m -> !ctx.contested(m.id()) && ctx.examWorthy(m.id()))
                        .orElse(true))
                .toList();
    }

    /**
     * How plausible a state is as a guess: one with some standing in the organization first, then its
     * region's; last, one whose every standing the pack records has ended (the Soviet Union, East
     * Germany), which would be a give-away at a later date.
     */
    static int plausibility(Context ctx, Organization org, Country c) {
        List<Membership> all = ctx.facts.membershipsOf(c.id());
        if (ctx.facts.membership(c.id(), org.id()).isPresent()) {
            return 0; // Albania, which left the Warsaw Pact in 1968, is the trap for 1980
        }
        if (endsOfEveryStanding(ctx, c).isPresent()) {
            return 3;
        }
        return all.isEmpty() ? 2 : 1;
    }

    /**
     * Whether the pack shows the state as a state by the date: a membership begun or an event it took
     * part in on or before it, and no former Soviet republic before 1991. "As of 1962, Estonia (or the
     * Czech Republic) was not a member of the Warsaw Pact" asks about a state that was not one then.
     */
    static boolean ofTheTime(Context ctx, Country c, PartialDate date) {
        if (postSoviet(c) && date.year() < 1991) {
            return false;
        }
        if (gone(ctx, c, date)) {
            return false; // the Soviet Union or Czechoslovakia "as of 2021"
        }
        if (postSoviet(c) && date.year() > 1991) {
            return true; // Georgia on 24 September 1993, before its first act the pack records (its signature that December)
        }
        return ctx.facts.membershipsOf(c.id()).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.from().filter(from -> !date.isCertainlyBefore(from)).isPresent())
                || ctx.facts.events().stream().anyMatch(e -> e.countries().contains(c.id()) && !date.isCertainlyBefore(e.date()));
    }

    /**
     * Whether every standing the pack records for the state had ended by the date and it is no former
     * Soviet republic: after 1991 the Soviet Union, Czechoslovakia and East Germany, whose every
     * membership ended with the Warsaw Pact, are no state a reader would weigh.
     */
    static boolean gone(Context ctx, Country c, PartialDate date) {
        return endsOfEveryStanding(ctx, c).filter(ends -> ends.stream().allMatch(date::isCertainlyAfter)).isPresent();
    }

    /** When each of the state's standings ended, where every one the pack records has ended and it is no former Soviet republic. */
    private static Optional<List<PartialDate>> endsOfEveryStanding(Context ctx, Country c) {
        List<Membership> all = ctx.facts.membershipsOf(c.id());
        List<PartialDate> ends = all.stream().map(m -> m.periods().getLast().to()).flatMap(Optional::stream).toList();
        return !all.isEmpty() && ends.size() == all.size() && !postSoviet(c) ? Optional.of(ends) : Optional.empty();
    }

    /**
     * Whether the state belonged then to a bloc that shared no member with the organization: Poland in
     * the Warsaw Pact is no guess for a state that joined NATO in 1982.
     */
    static boolean inRivalBloc(Context ctx, Organization org, Country c, PartialDate date) {
        List<Country> ours = ctx.facts.membersAt(org.id(), date).members();
        return !ours.isEmpty() && ctx.facts.membershipsOf(c.id()).stream()
                .filter(m -> !m.organization().equals(org.id()) && m.wasMemberAt(date).isYes())
                .anyMatch(m -> ctx.facts.membersAt(m.organization(), date).members().stream().noneMatch(ours::contains));
    }

    /** Of the states given, the one the pack's facts name most (Russia in the CSTO's): the answer everyone guesses. */
    static Country leading(Context ctx, List<Country> states) {
        return states.stream().max(Comparator.comparingInt(c -> ctx.facts.referringTo(c.id()).size())).orElseThrow();
    }

    /** Whether the state left the organization at some time (withdrew, or suspended its membership). */
    static boolean left(Context ctx, Organization org, String state) {
        return ctx.facts.membership(state, org.id()).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.status() == MembershipStatus.WITHDRAWN || p.status() == MembershipStatus.SUSPENDED);
    }

    /**
     * The states but the one that leads the organization (the state its facts name most: Russia in the CSTO), which no
     * one believes suspended, left or announced it would leave.
     */
    static List<Country> withoutTheLeader(Context ctx, String org, List<Country> states) {
        Optional<Country> leader = ctx.memo("leader|" + org, () -> {
            List<Country> members = statesOf(ctx, org);
            return members.isEmpty() ? Optional.<Country>empty() : Optional.of(leading(ctx, members));
        });
        return states.stream().filter(c -> leader.filter(c::equals).isEmpty()).toList();
    }

    /** The states the pack records any standing of in the organization, present or past. */
    static List<Country> statesOf(Context ctx, String org) {
        return ctx.facts.membershipsIn(org).stream().map(m -> ctx.facts.get(m.country(), Country.class)).toList();
    }

    /** Whether the state was ever a full member of the organization (an observer never was). */
    static boolean everMember(Context ctx, String org, String state) {
        return ctx.facts.membership(state, org).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.status() == MembershipStatus.MEMBER);
    }

    /** When the state first became a member of the organization. */
    static Optional<PartialDate> joined(Context ctx, Organization org, String state) {
        return ctx.facts.membership(state, org.id()).stream().flatMap(m -> m.periods().stream())
                .filter(p -> p.status() == MembershipStatus.MEMBER).findFirst().flatMap(StatusPeriod::from);
    }

    /** The day the organization's first members became members: its founding, as its memberships show it. */
    static Optional<PartialDate> founded(Context ctx, Organization org) {
        return ctx.facts.membershipsIn(org.id()).stream().map(m -> joined(ctx, org, m.country()))
                .flatMap(Optional::stream).min(Comparator.comparing(PartialDate::earliest));
    }

    /** Whether the state became a member of the organization when it was founded. */
    static boolean founder(Context ctx, Organization org, String state) {
        Optional<PartialDate> founded = founded(ctx, org);
        return founded.isPresent() && joined(ctx, org, state).equals(founded);
    }

    /** Whether the pack still shows the state at the date: a membership not ended, or an event of it, by then (not the Soviet Union in 2009). */
    static boolean stillThere(Context ctx, Country c, PartialDate date) {
        boolean ongoing = ctx.facts.membershipsOf(c.id()).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.to().map(to -> !to.isCertainlyBefore(date)).orElse(true));
        return ongoing || ctx.facts.events().stream().anyMatch(e -> e.countries().contains(c.id()) && !e.date().isCertainlyBefore(date));
    }

    /** {@link #byPlausibility}, among the states that were states at the date. */
    static List<Country> byPlausibility(Context ctx, Organization org, List<Country> pool, int n, Draft d, PartialDate date) {
        return byPlausibility(ctx, org, pool.stream().filter(c -> ofTheTime(ctx, c, date)).toList(), n, d);
    }

    static List<Country> byPlausibility(Context ctx, Organization org, List<Country> pool, int n, Draft d) {
        boolean postSovietClub = postSovietClub(ctx, org);
        // states that once belonged (Uzbekistan, suspended in 2012, for 2017) come first: the closest guesses
        List<Country> former = pool.stream().filter(c -> plausibility(ctx, org, c) == 0).toList();
        List<Country> picked = new ArrayList<>(Picks.random(former, Math.min(n, former.size()), d.random));
        picked.addAll(Picks.nearest(pool.stream().filter(c -> !picked.contains(c)).toList(), n - picked.size(),
                c -> plausibility(ctx, org, c) + (postSovietClub && !postSoviet(c) ? 2.5 : 0), d.random));
        return picked.stream().sorted(Comparator.comparing(Country::name)).toList();
    }

    private static boolean postSoviet(Country c) {
        return c.postSoviet().map(s -> s.value()).orElse(false);
    }

    /** An organization most of whose members are post-Soviet states: China among the guesses for the CIS fools no one. */
    private static boolean postSovietClub(Context ctx, Organization org) {
        List<Membership> members = ctx.facts.membershipsIn(org.id());
        long post = members.stream().filter(m -> ctx.facts.find(m.country(), Country.class).map(Memberships::postSoviet).orElse(false)).count();
        return !members.isEmpty() && 2 * post > members.size();
    }

    /**
     * The one period of membership of a state that joined once and never changed its standing (a
     * signature in the year of joining aside): a founding member of NATO, Greece from 1952. A state
     * that signed years before the treaty entered into force is not one (when it "joined" depends on
     * the reader).
     */
    static Optional<StatusPeriod> joinedOnce(Membership m) {
        List<StatusPeriod> periods = m.periods();
        StatusPeriod last = periods.getLast();
        if (last.status() != MembershipStatus.MEMBER || last.from().isEmpty() || periods.size() > 2) {
            return Optional.empty();
        }
        if (periods.size() == 2) {
            StatusPeriod first = periods.getFirst();
            if (first.status() != MembershipStatus.SIGNATORY || first.from().map(f -> f.year() != last.from().get().year()).orElse(true)) {
                return Optional.empty();
            }
        }
        return Optional.of(last);
    }

    /**
     * The signature of a state that signed a treaty before it entered into force and then stayed a
     * party and member without a change (Kazakhstan: signed in 1992, a party from 1994): asked by the
     * year it signed, not by whether it belonged at some later year.
     */
    static Optional<StatusPeriod> signedAndStayed(Membership m) {
        List<StatusPeriod> periods = m.periods();
        return periods.size() == 2 && periods.get(0).status() == MembershipStatus.SIGNATORY && periods.get(0).from().isPresent()
                && periods.get(1).status() == MembershipStatus.MEMBER && periods.get(1).to().isEmpty()
                ? Optional.of(periods.get(0)) : Optional.empty();
    }

    /** The citations of the periods that cover the date (or of the whole record). */
    static List<Citation> citations(Membership m, PartialDate date) {
        List<Citation> out = new ArrayList<>();
        for (StatusPeriod p : m.periods()) {
            if (p.covers(date) != Truth.NO) {
                out.addAll(p.citations());
            }
        }
        return out.isEmpty() ? m.citations() : out;
    }

    static Optional<String> membershipId(Context ctx, Organization org, Country c) {
        return ctx.facts.membership(c.id(), org.id()).map(Membership::id);
    }

    /** "As of 2005, Georgia was a member state of the CSTO (from ... )": the status in a sentence. */
    static String statusSentence(Context ctx, Membership m, PartialDate date) {
        Country c = ctx.facts.get(m.country(), Country.class);
        if (m.statusAt(date) instanceof StatusAt.Known k) {
            StatusPeriod p = m.periods().stream().filter(x -> x.status() == k.status() && x.covers(date) == Truth.YES)
                    .findFirst().orElseThrow();
            Wording.StatusWords w = ctx.words.status(k.status(), date, p.from());
            String since = p.from().map(f -> " (from " + f.display() + p.to().map(t -> " until " + t.display()).orElse("") + ")")
                    .orElse("");
            return "As of " + date.display() + ", " + c.name() + " " + w.state() + since + "."
                    + p.note().map(n -> " " + Texts.sentence(n)).orElse("");
        }
        return "As of " + date.display() + ", " + c.name() + " had no standing in " + ctx.words.body(date) + ".";
    }

    /**
     * "As of May 2012" for a source's snapshot (a day no event marks: its month is enough), "As of 1973" for
     * a year within a period of membership.
     */
    static String asOf(PartialDate date) {
        return "As of " + (snapshot(date) ? date.truncatedTo(Precision.MONTH) : date).display();
    }

    /** Dates of a period are asked at their year; only a snapshot's own date is a day. */
    static boolean snapshot(PartialDate date) {
        return date.precision() == Precision.DAY;
    }
}
