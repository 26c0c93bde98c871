package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.domain.Truth;

/**
 * Who belonged at a date: which state was (or was NOT) a member, which states were, and each state's
 * membership as a true/false statement. Every stem fixes the date; distractors are states whose
 * standing at that date differs from the key's.
 */
final class MembershipAtDateFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        for (PartialDate date : Memberships.frames(ctx, org)) {
            MembersAt at = ctx.facts.membersAt(org.id(), date);
            List<Country> pool = Memberships.pool(ctx, org, date);
            List<Country> members = at.members().stream().filter(pool::contains).toList();
            List<Country> non = at.nonMembers().stream().filter(pool::contains).toList();
            String key = date.toString();
            memberAt(ctx, org, date, key, members, non);
            notMemberAt(ctx, org, date, key, members, non);
            membersAt(ctx, org, date, key, members, non);
        }
        for (Membership m : Memberships.of(ctx, org)) {
            java.util.Optional<StatusPeriod> joined = Memberships.joinedOnce(m);
            if (joined.isPresent()) {
                joined(ctx, org, m, joined.get());
                continue;
            }
            java.util.Optional<StatusPeriod> signed = Memberships.signedAndStayed(m);
            if (signed.isPresent()) {
                stepYear(ctx, org, m, signed.get(), MembershipStatus.SIGNATORY, false);
                continue;
            }
            for (StatusPeriod p : m.periods()) {
                Memberships.interior(m, p, ctx).ifPresent(date -> trueFalse(ctx, org, m, date));
            }
        }
    }

    /**
     * A state that joined once and stayed is asked when it joined ("Greece became a member of NATO in
     * 1952"), not whether it belonged at some year of its membership ("As of 1987, Belgium was a
     * member"), which only the joining year decides. The false version names another year in which
     * states joined.
     */
    private void joined(Context ctx, Organization org, Membership m, StatusPeriod p) {
        // a founder's false year ("the United States became a member in 1952") fools no one: founders are stated true only
        stepYear(ctx, org, m, p, MembershipStatus.MEMBER, m.periods().getFirst().status() == MembershipStatus.SIGNATORY);
    }

    /**
     * The year of a state's one step (joining; signing a treaty it then stayed in: "Belarus signed the
     * Collective Security Treaty in 1993"), true, or false with the year of another state's same step.
     */
    private void stepYear(Context ctx, Organization org, Membership m, StatusPeriod p, MembershipStatus status, boolean trueOnly) {
        Country c = ctx.facts.get(m.country(), Country.class);
        PartialDate from = p.from().orElseThrow();
        PartialDate year = PartialDate.ofYear(from.year());
        String change = ctx.words.status(status, from).change();
        Assertion right = new Assertion.StatusFrom(c.id(), org.id(), status, year);
        String trueText = Names.capitalized(c.nameAt(from)) + " " + change + " in " + from.year() + ".";
        java.util.Optional<Integer> otherYear = trueOnly ? java.util.Optional.empty() : ctx.facts.membershipsIn(org.id()).stream()
                .flatMap(x -> x.periods().stream())
                .filter(x -> x.status() == status && x.from().isPresent())
                .map(x -> x.from().get().year()).filter(y -> y != from.year()).distinct()
                .filter(y -> ctx.holds(new Assertion.StatusFrom(c.id(), org.id(), status, PartialDate.ofYear(y)), false))
                .min(java.util.Comparator.comparing((Integer y) -> Math.abs(y - from.year())).thenComparing(y -> y));
        List<Citation> cites = p.citations();
        String because = Names.capitalized(c.nameAt(from)) + " " + change + " " + Wording.when(from) + ".";
        if (otherYear.isEmpty()) {
            ctx.candidate(StatementCandidate.trueOnly(Area.MEMBERS, m.id(), trueText, right, cites));
            return;
        }
        PartialDate wrongYear = PartialDate.ofYear(otherYear.get());
        Assertion wrong = new Assertion.StatusFrom(c.id(), org.id(), status, wrongYear);
        String falseText = Names.capitalized(c.nameAt(from)) + " " + change + " in " + otherYear.get() + ".";
        ctx.candidate(StatementCandidate.both(Area.MEMBERS, m.id(), trueText, right, falseText, wrong, cites));
        boolean truth = Context.statesTheFact((status == MembershipStatus.MEMBER ? "joined-tf" : "step-tf-" + status) + m.id());
        ctx.draft(Area.MEMBERS, "member-tf", m.id() + "|joined")
                .stem("True or false? " + (truth ? trueText : falseText))
                .trueFalse(truth ? right : wrong, truth)
                .facts(m.id()).cite(cites).because(because)
                .timeFrame(truth ? year : wrongYear).difficulty(0.45).emit();
    }

    private static Option option(Country c, Organization org, PartialDate date, boolean member) {
        Assertion a = new Assertion.MemberAt(c.id(), org.id(), date);
        return new Option(c.displayNameAt(date), member ? a : new Assertion.Not(a));
    }

    private static List<String> ids(Context ctx, Organization org, List<Country> countries) {
        return countries.stream().map(c -> Memberships.membershipId(ctx, org, c)).flatMap(java.util.Optional::stream).toList();
    }

    private static List<Citation> cites(Context ctx, Organization org, List<Country> countries, PartialDate date) {
        List<Citation> out = new ArrayList<>();
        for (Country c : countries) {
            ctx.facts.membership(c.id(), org.id()).ifPresent(m -> out.addAll(Memberships.citations(m, date).stream().limit(1).toList()));
        }
        return out;
    }

    private static String because(Context ctx, Organization org, List<Country> countries, PartialDate date) {
        return String.join(" ", countries.stream().map(c -> ctx.facts.membership(c.id(), org.id())
                .map(m -> Memberships.statusSentence(ctx, m, date))
                .orElse(Names.capitalized(c.nameAt(date)) + " never belonged to " + ctx.words.org() + ".")).toList());
    }

    private void memberAt(Context ctx, Organization org, PartialDate date, String key, List<Country> members, List<Country> non) {
        if (members.isEmpty() || non.size() < 3) {
            return;
        }
        Draft d = ctx.draft(Area.MEMBERS, "member-at", key);
        // the state the organization's facts name most (Russia in the CSTO's) is the answer everyone guesses
        Country leading = Memberships.leading(ctx, members);
        List<Country> keys = members.size() > 1 ? members.stream().filter(c -> c != leading).toList() : members;
        Country k = keys.get(Math.floorMod(key.hashCode(), keys.size()));
        List<Country> wrong = Memberships.byPlausibility(ctx, org, non, 3, d, date);
        if (wrong.size() < 3) {
            return; // too few states of the time outside it
        }
        List<Country> all = new ArrayList<>(List.of(k));
        all.addAll(wrong);
        d.stem("As of " + date.display() + ", which of the following states was " + ctx.words.memberOf(date) + "?")
                .singleChoice(option(k, org, date, true), wrong.stream().map(c -> option(c, org, date, true)).toList())
                .facts(ids(ctx, org, List.of(k))).cite(cites(ctx, org, all, date))
                .because(because(ctx, org, all, date)).timeFrame(date).difficulty(0.4).emit();
    }

    private void notMemberAt(Context ctx, Organization org, PartialDate date, String key, List<Country> members, List<Country> non) {
        List<Country> plausible = non.stream().filter(c -> Memberships.plausibility(ctx, org, c) == 0).toList();
        // Romania in the Warsaw Pact of 1987 is no guess for NATO, nor Croatia before it was a state: a state of the
        // time outside both blocs, where there is one
        List<Country> unaligned = plausible.stream()
                .filter(c -> Memberships.ofTheTime(ctx, c, date) && !Memberships.inRivalBloc(ctx, org, c, date)).toList();
        List<Country> keys = unaligned.isEmpty() ? plausible : unaligned;
        if (keys.isEmpty() || members.size() < 3) {
            return;
        }
        Draft d = ctx.draft(Area.MEMBERS, "not-member-at", key);
        Country k = keys.get(Math.floorMod(key.hashCode(), keys.size()));
        // members whose standing changed (Uzbekistan, back in 2006) or that are named least make the closest guesses
        List<Country> wrong = members.stream().sorted(Comparator.comparingInt((Country c) -> ctx.facts.membership(c.id(), org.id())
                        .map(m -> m.periods().stream().filter(p -> p.status() != MembershipStatus.SIGNATORY).count() > 1 ? 0 : 1).orElse(1))
                // then those that joined after the founding (Spain, Greece), before the founders everyone knows
                .thenComparingInt(c -> Memberships.founder(ctx, org, c.id()) ? 1 : 0)
                .thenComparingInt(c -> ctx.facts.referringTo(c.id()).size())).limit(4).toList();
        wrong = Picks.random(wrong, 3, d.random);
        List<Country> all = new ArrayList<>(List.of(k));
        all.addAll(wrong);
        d.stem("As of " + date.display() + ", which of the following states was NOT " + ctx.words.memberOf(date) + "?")
                .singleChoice(option(k, org, date, false), wrong.stream().map(c -> option(c, org, date, false)).toList())
                .facts(ids(ctx, org, List.of(k))).cite(cites(ctx, org, all, date))
                .because(because(ctx, org, all, date)).timeFrame(date).difficulty(0.45).emit();
    }

    private void membersAt(Context ctx, Organization org, PartialDate date, String key, List<Country> members, List<Country> non) {
        if (members.size() < 2 || non.size() < 2) {
            return;
        }
        Draft d = ctx.draft(Area.MEMBERS, "members-at", key);
        List<Country> keys = Picks.random(members, Math.min(3, members.size() - 1), d.random);
        List<Country> wrong = Memberships.byPlausibility(ctx, org, non, Math.min(3, 5 - keys.size()), d, date);
        if (wrong.size() < 2) {
            return;
        }
        List<Country> all = new ArrayList<>(keys);
        all.addAll(wrong);
        d.stem("As of " + date.display() + ", which of the following states were " + ctx.words.membersOf(date)
                        + "? Select all that apply.")
                .multipleResponse(keys.stream().map(c -> option(c, org, date, true)).toList(),
                        wrong.stream().map(c -> option(c, org, date, true)).toList())
                .facts(ids(ctx, org, all)).cite(cites(ctx, org, all, date))
                .because(because(ctx, org, all, date)).timeFrame(date).difficulty(0.5).emit();
    }

    private void trueFalse(Context ctx, Organization org, Membership m, PartialDate date) {
        Truth member = m.wasMemberAt(date);
        // "Uzbekistan was a member state" while suspended is true to one reader and false to another:
        // its standing is asked instead
        boolean suspended = switch (m.statusAt(date)) {
            case org.cstoquiz.domain.StatusAt.Known k -> k.status() == MembershipStatus.SUSPENDED;
            case org.cstoquiz.domain.StatusAt.Unknown u -> u.possible().contains(MembershipStatus.SUSPENDED);
            default -> false;
        };
        if (!member.isKnown() || suspended) {
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        Assertion a = new Assertion.MemberAt(c.id(), org.id(), date);
        String is = "As of " + date.display() + ", " + c.nameAt(date) + " was " + ctx.words.memberOf(date) + ".";
        String isNot = "As of " + date.display() + ", " + c.nameAt(date) + " was not " + ctx.words.memberOf(date) + ".";
        List<Citation> cites = Memberships.citations(m, date);
        // in a list of statements a false one is a plain claim ("X was a member"), never a denial of a true one
        ctx.candidate(member.isYes() ? StatementCandidate.trueOnly(Area.MEMBERS, m.id(), is, a, cites)
                : StatementCandidate.both(Area.MEMBERS, m.id(), isNot, new Assertion.Not(a), is, a, cites));
        ctx.draft(Area.MEMBERS, "member-tf", m.id() + "|" + date)
                .stem("True or false? " + is)
                .trueFalse(a, member.isYes())
                .facts(m.id()).cite(cites).because(Memberships.statusSentence(ctx, m, date))
                .timeFrame(date).difficulty(member.isYes() ? 0.3 : 0.45).emit();
    }
}
