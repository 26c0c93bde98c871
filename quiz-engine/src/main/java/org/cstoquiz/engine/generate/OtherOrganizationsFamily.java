package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.domain.Truth;

/**
 * Memberships of the other organizations the pack records (often a snapshot: "as of May 2012"):
 * which state belonged, which belonged to both organizations, and each membership as a true/false
 * statement.
 */
final class OtherOrganizationsFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization primary = ctx.facts.primaryOrganization();
        for (Organization org : ctx.facts.organizations()) {
            if (org == primary) {
                continue;
            }
            List<Membership> memberships = Memberships.of(ctx, org);
            // each membership is asked at the dates of its own periods, not at every date another state's changed
            java.util.SortedMap<PartialDate, List<Membership>> dates = new java.util.TreeMap<>();
            for (Membership m : memberships) {
                for (StatusPeriod p : m.periods()) {
                    Memberships.interior(m, p, ctx).ifPresent(d -> dates.computeIfAbsent(d, k -> new ArrayList<>()).add(m));
                }
            }
            for (var entry : dates.entrySet()) {
                PartialDate date = entry.getKey();
                MembersAt at = ctx.facts.membersAt(org.id(), date);
                List<Country> ours = ctx.facts.membersAt(primary.id(), date).members();
                if (ours.isEmpty()) {
                    continue; // before the pack's own organization had members, the two are not compared
                }
                boolean rivals = rivals(at, ours);
                java.util.Deque<Country> outside = new java.util.ArrayDeque<>(rivals ? unaligned(ctx, org, date, at, ours)
                        : outside(ctx, primary, org, date, at, ours));
                for (Membership m : entry.getValue()) {
                    if (!rivals) {
                        Overlaps.statement(ctx, primary, org, m, date);
                    }
                    if (!rivals && ctx.facts.membership(m.country(), primary.id()).isEmpty()) {
                        // "China was in the SCO" tests nothing of the pack's organization; the overlap does
                        Overlaps.memberOfOnlyTheOther(ctx, primary, org, m, date);
                    } else {
                        trueFalse(ctx, org, m, date, outside, at, !rivals);
                    }
                }
                if (at.uncertain().isEmpty() && at.members().size() >= 3) {
                    if (rivals) {
                        memberOf(ctx, org, date, at, ours);
                    } else {
                        Overlaps.notMemberOf(ctx, primary, org, date, at);
                    }
                    Overlaps.both(ctx, primary, org, date, at);
                }
            }
        }
    }

    /**
     * States of the pack's own organization ({@code ours}, its members then) that were certainly not members of
     * the other one then, when the two share members.
     */
    private static List<Country> outside(Context ctx, Organization primary, Organization org, PartialDate date, MembersAt at,
                                         List<Country> ours) {
        if (!at.uncertain().isEmpty()) {
            return List.of();
        }
        return known(ctx, org, date, at.nonMembers()).stream().filter(ours::contains)
                .filter(c -> ctx.facts.membership(c.id(), primary.id()).map(x -> !ctx.contested(x.id())).orElse(false)).toList();
    }

    /** Whether the organization shared no member with the pack's own then: two rival blocs. */
    private static boolean rivals(MembersAt at, List<Country> ours) {
        return at.members().stream().noneMatch(ours::contains);
    }

    /**
     * Of two rival blocs ("Canada was in the Warsaw Pact" convinces no one), the states of the time outside
     * both, those that once belonged first (Albania for the Warsaw Pact in 1973).
     */
    private static List<Country> unaligned(Context ctx, Organization org, PartialDate date, MembersAt at, List<Country> ours) {
        if (!at.uncertain().isEmpty()) {
            return List.of();
        }
        return known(ctx, org, date, at.nonMembers()).stream()
                .filter(c -> Memberships.ofTheTime(ctx, c, date) && !ours.contains(c))
                .sorted(java.util.Comparator.comparingInt(c -> Memberships.plausibility(ctx, org, c))).toList();
    }

    /**
     * The membership as a true/false item, or (by the text, not the seed; each outsider once) a state
     * of the pack's own organization that was not a member then, put as one: members and non-members
     * alike are asked.
     */
    private void trueFalse(Context ctx, Organization org, Membership m, PartialDate date, java.util.Deque<Country> outsiders,
                           MembersAt at, boolean everyOutsider) {
        Truth member = m.wasMemberAt(date);
        if (!member.isKnown()) {
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        // a founder that stayed throughout is asked as a founder: "As of 1973, Poland was a member" has no point to its year
        Optional<PartialDate> founded = member.isYes() ? foundedWith(ctx, org, m, date) : Optional.empty();
        PartialDate asked = founded.orElse(date);
        Assertion a = new Assertion.MemberAt(c.id(), org.id(), asked);
        String is = founded.isPresent() ? Names.capitalized(c.name()) + atFounding(org, asked)
                : Memberships.asOf(date) + ", " + c.name() + " was a member of " + Wording.org(org) + ".";
        String isNot = Memberships.asOf(date) + ", " + c.name() + " was not a member of " + Wording.org(org) + ".";
        List<Citation> cites = Memberships.citations(m, asked);
        // in a list of statements a false one is a plain claim ("X was a member"), never a denial of a true one;
        // a source's snapshot of another organization is no statement about the pack's own
        if (!Memberships.snapshot(date)) {
            ctx.candidate(member.isYes() ? StatementCandidate.trueOnly(Context.area(m), m.id(), is, a, cites)
                    : StatementCandidate.both(Context.area(m), m.id(), isNot, new Assertion.Not(a), is, a, cites));
        }
        // of an organization that shares members with the pack's own, each of ours that stayed out is asked
        if (member.isYes() && !outsiders.isEmpty() && (everyOutsider || !Context.statesTheFact("other-member-tf" + m.id() + date))) {
            // a state that was not a member, put as one: the item asks who the members were
            Country outsider = outsiders.poll();
            boolean asFounder = founded.isPresent() && ctx.holds(new Assertion.MemberAt(outsider.id(), org.id(), asked), false);
            PartialDate when = asFounder ? asked : date;
            List<String> ids = ctx.facts.membershipsIn(org.id()).stream().filter(x -> x.wasMemberAt(when).isYes() && ctx.examWorthy(x.id()))
                    .map(Membership::id).toList();
            MembersAt then = ctx.facts.membersAt(org.id(), when);
            if (ids.isEmpty()) {
                return; // a part of a pack whose members then are not asked
            }
            ctx.draft(Context.area(m), "other-member-tf", m.id() + "|" + date)
                    .stem("True or false? " + (asFounder ? Names.capitalized(outsider.name()) + atFounding(org, asked)
                            : Memberships.asOf(date) + ", " + outsider.name() + " was a member of " + Wording.org(org) + "."))
                    .trueFalse(new Assertion.MemberAt(outsider.id(), org.id(), when), false)
                    .facts(ids).cite(cites)
                    .because((asFounder ? "The founding members of " + Wording.org(org) + " were "
                            : Memberships.asOf(date) + ", the members of " + Wording.org(org) + " were ")
                            + Texts.joinAnd(then.members().stream().map(Country::name).toList()) + "; "
                            + outsider.name() + " was not one of them.")
                    .timeFrame(when).difficulty(0.45).emit();
            return;
        }
        ctx.draft(Context.area(m), "other-member-tf", m.id() + "|" + date)
                .stem("True or false? " + is).trueFalse(a, member.isYes())
                .facts(m.id()).cite(cites).because(member.isYes() ? is : isNot)
                .timeFrame(asked).difficulty(0.45).emit();
    }

    /** " became a member of the Warsaw Pact at its founding in 1955." */
    private static String atFounding(Organization org, PartialDate founded) {
        return " became a member of " + Wording.org(org) + " at its founding in " + founded.year() + ".";
    }

    /**
     * The day the organization was founded, when the state's period of membership covering {@code date}
     * began then: the state is one of its founders.
     */
    private static Optional<PartialDate> foundedWith(Context ctx, Organization org, Membership m, PartialDate date) {
        Optional<PartialDate> first = Memberships.founded(ctx, org);
        return m.periods().stream().filter(p -> p.status() == MembershipStatus.MEMBER && p.covers(date) == Truth.YES)
                .findFirst().flatMap(StatusPeriod::from).filter(from -> first.filter(from::equals).isPresent());
    }

    static List<Country> known(Context ctx, Organization org, PartialDate date, List<Country> countries) {
        return countries.stream().filter(c -> ctx.facts.membership(c.id(), org.id())
                .map(m -> !ctx.contested(m.id())).orElse(true)).toList();
    }

    /** Of two rival blocs, which state belonged to the other one then. */
    private void memberOf(Context ctx, Organization org, PartialDate date, MembersAt at, List<Country> ours) {
        List<Country> members = known(ctx, org, date, at.members());
        List<Country> non = known(ctx, org, date, at.nonMembers());
        // the pack's own members are no guesses: France, Iceland and Canada for the Warsaw Pact
        List<Country> unaligned = non.stream().filter(c -> !ours.contains(c)).toList();
        if (unaligned.size() >= 3) {
            non = unaligned;
        }
        if (members.isEmpty() || non.size() < 3) {
            return;
        }
        String key = org.id() + "|" + date;
        Draft d = ctx.draft(Area.MEMBERS, "other-member", key);
        Country k = members.get(Math.floorMod(key.hashCode(), members.size()));
        List<Country> wrong = Memberships.byPlausibility(ctx, org, non, 3, d, date);
        if (wrong.size() < 3) {
            return; // "Hungary or Albania?" is a coin toss
        }
        Membership km = ctx.facts.membership(k.id(), org.id()).orElseThrow();
        d.stem(Memberships.asOf(date) + ", which of the following states was a member of " + Wording.org(org) + "?")
                .singleChoice(option(k, org, date), wrong.stream().map(c -> option(c, org, date)).toList())
                .facts(km.id()).cite(Memberships.citations(km, date))
                .because(Memberships.asOf(date) + ", the members of " + Wording.org(org) + " were "
                        + Texts.joinAnd(at.members().stream().map(Country::name).toList()) + ".")
                .timeFrame(date).difficulty(0.45).emit();
    }

    private static Option option(Country c, Organization org, PartialDate date) {
        return new Option(c.displayName(), new Assertion.MemberAt(c.id(), org.id(), date));
    }
}
