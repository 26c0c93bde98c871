package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Truth;

/** Where another organization's members and the pack's own overlap: who was in both, which of ours stayed out. */
final class Overlaps {

    private Overlaps() {
    }

    /** A state's standing towards another organization and the pack's own at a date, said both ways. */
    private record Claim(String both, Assertion inBoth, String onlyOther, Assertion inOnlyTheOther) {

        static Claim of(Context ctx, Organization primary, Organization org, Membership m, PartialDate date) {
            Country c = ctx.facts.get(m.country(), Country.class);
            String start = Memberships.asOf(date) + ", " + c.name() + " was a member of ";
            Assertion inOther = new Assertion.MemberAt(c.id(), org.id(), date);
            Assertion inOurs = new Assertion.MemberAt(c.id(), primary.id(), date);
            return new Claim(start + "both " + Wording.org(org) + " and " + Wording.org(primary) + ".",
                    new Assertion.All(List.of(inOther, inOurs)),
                    start + Wording.org(org) + " but not of " + Wording.org(primary) + ".",
                    new Assertion.All(List.of(inOther, new Assertion.Not(inOurs))));
        }
    }

    /**
     * "As of May 2012, Moldova was a member of the CIS but not of the CSTO." (or, by the text, the false "… of
     * both the CIS and the CSTO"), of a state the pack's organization never had.
     */
    static void memberOfOnlyTheOther(Context ctx, Organization primary, Organization org, Membership m, PartialDate date) {
        List<Country> everMembers = Memberships.statesOf(ctx, primary.id());
        if (!m.wasMemberAt(date).isYes() || !kindred(ctx, primary.id(), org.id(), m.country(), everMembers)) {
            return;
        }
        Claim claim = Claim.of(ctx, primary, org, m, date);
        boolean truth = Context.statesTheFact("overlap-tf" + m.id() + date);
        ctx.draft(Context.area(m), "other-member-tf", m.id() + "|" + date)
                .stem("True or false? " + (truth ? claim.onlyOther() : claim.both()))
                .trueFalse(truth ? claim.inOnlyTheOther() : claim.inBoth(), truth)
                .facts(m.id()).cite(Memberships.citations(m, date)).because(claim.onlyOther())
                .timeFrame(date).difficulty(0.45).emit();
    }

    /**
     * The membership as a statement about both organizations, for a paper's list: "As of May 2012, Kazakhstan
     * was a member of both the CIS and the CSTO"; "Moldova was a member of the CIS but not of the CSTO" (false:
     * "… of both").
     */
    static void statement(Context ctx, Organization primary, Organization org, Membership m, PartialDate date) {
        Truth ours = ctx.facts.wasMemberAt(m.country(), primary.id(), date);
        if (!m.wasMemberAt(date).isYes() || !ours.isKnown()
                || ctx.facts.membership(m.country(), primary.id()).filter(x -> ctx.contested(x.id())).isPresent()) {
            return;
        }
        // "Russia was a member of both the CIS and the CSTO" tests nothing: not said of the organization's leading state
        List<Country> everMembers = Memberships.statesOf(ctx, primary.id());
        if (ours.isYes() && Memberships.leading(ctx, everMembers).id().equals(m.country())) {
            return;
        }
        // "China was a member of both the SCO and the CSTO" is false at sight: a state never in the organization is
        // stated only where it shares another grouping with the organization's members (Moldova, in GUAM with Uzbekistan)
        if (!ours.isYes() && !kindred(ctx, primary.id(), org.id(), m.country(), everMembers)) {
            return;
        }
        Claim claim = Claim.of(ctx, primary, org, m, date);
        List<Citation> cites = Memberships.citations(m, date);
        // "Kazakhstan was not in the CSTO" fools no one: a member of both is only ever stated as one
        ctx.candidate(ours.isYes() ? StatementCandidate.trueOnly(Context.area(m), m.id(), claim.both(), claim.inBoth(), cites)
                : StatementCandidate.both(Context.area(m), m.id(), claim.onlyOther(), claim.inOnlyTheOther(), claim.both(),
                        claim.inBoth(), cites));
    }

    /**
     * Of an organization that shares members with the pack's own, which of the pack's members stayed out
     * ("As of May 2012, which of the following CSTO member states was NOT a member of the SCO?") and which of
     * its members were not the pack's ("… which of the following CIS member states was NOT a member of the CSTO?").
     */
    static void notMemberOf(Context ctx, Organization primary, Organization org, PartialDate date, MembersAt at) {
        MembersAt ours = ctx.facts.membersAt(primary.id(), date);
        notMemberOf(ctx, primary, ours, org, at, org, date);
        notMemberOf(ctx, org, at, primary, ours, org, date);
    }

    private static void notMemberOf(Context ctx, Organization group, MembersAt groupAt, Organization other, MembersAt otherAt,
                                    Organization asked, PartialDate date) {
        List<Country> members = OtherOrganizationsFamily.known(ctx, group, date, groupAt.members());
        List<Country> in = OtherOrganizationsFamily.known(ctx, other, date, members.stream().filter(otherAt.members()::contains).toList());
        // China among four former Soviet states is found by its kind: the odd one out belonged to the organization once
        // or shares another grouping with the rest (Azerbaijan for the CIS, once in the Treaty)
        List<Country> out = OtherOrganizationsFamily.known(ctx, other, date, members.stream().filter(otherAt.nonMembers()::contains).toList())
                .stream().filter(k -> kindred(ctx, other.id(), group.id(), k.id(), in)).toList();
        if (out.isEmpty() || in.size() < 3) {
            return;
        }
        Draft d = ctx.draft(Area.MEMBERS, "other-not-member", group.id() + "|" + other.id() + "|" + date);
        Country k = out.getFirst();
        List<Country> wrong = Picks.random(in, 3, d.random);
        List<Country> options = new ArrayList<>(wrong);
        options.add(k);
        List<Membership> said = ctx.facts.membershipsIn(asked.id()).stream()
                .filter(m -> options.stream().anyMatch(c -> c.id().equals(m.country()))).toList();
        d.stem(Memberships.asOf(date) + ", which of the following " + memberStates(group) + " was NOT a member of "
                        + Wording.org(other) + "?")
                .singleChoice(notOption(k, other, date), wrong.stream().map(c -> notOption(c, other, date)).toList())
                .facts(said.stream().map(Membership::id).toList())
                .cite(said.stream().flatMap(m -> Memberships.citations(m, date).stream()).distinct().limit(2).toList())
                .because(Memberships.asOf(date) + ", the members of " + Wording.org(other) + " among the " + memberStates(group)
                        + " were " + Texts.joinAnd(in.stream().map(Country::name).toList()) + "; "
                        + k.name() + " was not one of them.")
                .timeFrame(date).difficulty(0.5).emit();
    }

    /**
     * Whether a state is of the kind of the {@code peers}: once a member of {@code organization}, or sharing a grouping
     * other than {@code shared} with one of them.
     */
    static boolean kindred(Context ctx, String organization, String shared, String state, List<Country> peers) {
        return Memberships.everMember(ctx, organization, state) || ctx.facts.memberships().stream()
                .anyMatch(m -> m.country().equals(state) && !m.organization().equals(shared) && !m.organization().equals(organization)
                        && peers.stream().anyMatch(c -> !c.id().equals(state) && ctx.facts.membership(c.id(), m.organization()).isPresent()));
    }

    /** "CSTO member states", "member states of the Nordic Council". */
    private static String memberStates(Organization o) {
        return o.abbreviation().map(a -> Names.bare(a) + " member states").orElse("member states of " + o.name());
    }

    private static Option notOption(Country c, Organization org, PartialDate date) {
        return new Option(c.displayName(), new Assertion.Not(new Assertion.MemberAt(c.id(), org.id(), date)));
    }

    static void both(Context ctx, Organization primary, Organization org, PartialDate date, MembersAt at) {
        MembersAt p = ctx.facts.membersAt(primary.id(), date);
        if (!p.uncertain().isEmpty()) {
            return;
        }
        List<Country> both = OtherOrganizationsFamily.known(ctx, org, date, at.members()).stream().filter(p.members()::contains)
                .filter(c -> ctx.facts.membership(c.id(), primary.id()).map(m -> !ctx.contested(m.id())).orElse(false)).toList();
        List<Country> one = new ArrayList<>(at.members().stream().filter(p.nonMembers()::contains).toList());
        p.members().stream().filter(at.nonMembers()::contains).forEach(one::add);
        one = OtherOrganizationsFamily.known(ctx, org, date, one).stream().filter(c -> ctx.facts.membership(c.id(), primary.id())
                .map(m -> !ctx.contested(m.id())).orElse(true)).toList();
        if (both.isEmpty() || one.size() < 3) {
            return;
        }
        String key = org.id() + "|" + date;
        Draft d = ctx.draft(Area.MEMBERS, "both-members", key);
        Country k = both.get(Math.floorMod(key.hashCode(), both.size()));
        List<Country> wrong = Picks.random(one, 3, d.random);
        List<String> ids = new ArrayList<>();
        ctx.facts.membership(k.id(), org.id()).ifPresent(m -> ids.add(m.id()));
        ctx.facts.membership(k.id(), primary.id()).ifPresent(m -> ids.add(m.id()));
        List<Citation> cites = new ArrayList<>();
        ctx.facts.membership(k.id(), org.id()).ifPresent(m -> cites.addAll(Memberships.citations(m, date)));
        ctx.facts.membership(k.id(), primary.id()).ifPresent(m -> cites.addAll(Memberships.citations(m, date).stream().limit(1).toList()));
        d.stem(Memberships.asOf(date) + ", which of the following states was a member of both " + ctx.words.org()
                        + " and " + Wording.org(org) + "?")
                .singleChoice(bothOption(k, primary, org, date), wrong.stream().map(c -> bothOption(c, primary, org, date)).toList())
                .facts(ids).cite(cites)
                .because(Memberships.asOf(date) + ", " + k.name() + " was a member of both. Members of "
                        + Wording.org(org) + ": " + Texts.joinAnd(at.members().stream().map(Country::name).toList())
                        + "; members of " + ctx.words.org() + ": " + Texts.joinAnd(p.members().stream().map(Country::name).toList()) + ".")
                .timeFrame(date).difficulty(0.6).emit();
    }

    private static Option bothOption(Country c, Organization primary, Organization other, PartialDate date) {
        return new Option(c.displayName(), new Assertion.All(List.of(new Assertion.MemberAt(c.id(), primary.id(), date),
                new Assertion.MemberAt(c.id(), other.id(), date))));
    }
}
