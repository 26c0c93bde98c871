package org.cstoquiz.engine.generate;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusAt;
import org.cstoquiz.domain.StatusPeriod;

/**
 * A state's standing at a date (member, suspended, withdrawn, observer...), for the states whose
 * standing changed: chosen among the standings the pack itself uses, as a true/false statement, and
 * matched for several states at one date.
 */
final class MembershipStatusFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        Set<MembershipStatus> used = EnumSet.noneOf(MembershipStatus.class);
        ctx.facts.membershipsIn(org.id()).forEach(m -> m.periods().forEach(p -> used.add(p.status())));
        used.remove(MembershipStatus.SIGNATORY);
        for (Membership m : Memberships.of(ctx, org)) {
            boolean changed = m.periods().stream().map(StatusPeriod::status)
                    .filter(s -> s != MembershipStatus.SIGNATORY).distinct().count() > 1
                    || m.periods().stream().noneMatch(p -> p.status() == MembershipStatus.MEMBER);
            if (!changed) {
                continue;
            }
            for (StatusPeriod p : m.periods()) {
                Memberships.standingDate(m, p, ctx).ifPresent(date -> {
                    if (m.statusAt(date) instanceof StatusAt.Known k && k.status() != MembershipStatus.SIGNATORY) {
                        if (!ctx.words.leftTheTreaty(k.status(), date, p.from())) {
                            choice(ctx, org, m, date, k.status(), used); // "former member" would be wrong of a state that left the treaty
                        }
                        trueFalse(ctx, org, m, date, k.status(), used, p.from());
                    }
                });
            }
        }
        for (PartialDate date : Memberships.frames(ctx, org)) {
            matching(ctx, org, date);
        }
    }

    private static Option option(Context ctx, Membership m, Organization org, PartialDate date, MembershipStatus s) {
        return new Option(Wording.option(ctx.words.status(s, date).noun()), new Assertion.StatusAt(m.country(), org.id(), date, s));
    }

    private void choice(Context ctx, Organization org, Membership m, PartialDate date, MembershipStatus key, Set<MembershipStatus> used) {
        // only standings its own rules out: a full member may also have announced a withdrawal
        List<MembershipStatus> others = used.stream().filter(key::excludes).toList();
        // three options leave out the rival a reader expects (a "former member that had withdrawn" for a suspended one)
        if (others.size() < 3) {
            ctx.cannotAsk(m.id(), "the pack uses too few kinds of standing to offer four");
            return;
        }
        Country c = ctx.facts.get(m.country(), Country.class);
        Draft d = ctx.draft(Area.MEMBERS, "status-at", m.id() + "|" + date);
        List<MembershipStatus> wrong = Picks.random(others, 3, d.random);
        d.stem("As of " + date.display() + ", what was " + c.nameAt(date) + "'s standing in " + ctx.words.body(date) + "?")
                .singleChoice(option(ctx, m, org, date, key), wrong.stream().map(s -> option(ctx, m, org, date, s)).toList())
                .facts(m.id()).cite(Memberships.citations(m, date)).because(Memberships.statusSentence(ctx, m, date))
                .timeFrame(date).difficulty(0.5).emit();
    }

    private void trueFalse(Context ctx, Organization org, Membership m, PartialDate date, MembershipStatus key,
                           Set<MembershipStatus> used, java.util.Optional<PartialDate> since) {
        boolean truth = Context.statesTheFact("status-tf" + m.id() + date);
        List<MembershipStatus> others = used.stream().filter(key::excludes).toList();
        MembershipStatus shown = truth || others.isEmpty() ? key : others.get(Math.floorMod((m.id() + date).hashCode(), others.size()));
        Country c = ctx.facts.get(m.country(), Country.class);
        ctx.draft(Area.MEMBERS, "status-tf", m.id() + "|" + date)
                .stem("True or false? As of " + date.display() + ", " + c.nameAt(date) + " " + (shown == key ? ctx.words.status(shown, date, since) : ctx.words.status(shown, date)).state() + ".")
                .trueFalse(new Assertion.StatusAt(c.id(), org.id(), date, shown), shown == key)
                .facts(m.id()).cite(Memberships.citations(m, date)).because(Memberships.statusSentence(ctx, m, date))
                .timeFrame(date).difficulty(0.5).emit();
    }

    private void matching(Context ctx, Organization org, PartialDate date) {
        Map<MembershipStatus, Membership> byStatus = new LinkedHashMap<>();
        for (Membership m : Memberships.of(ctx, org)) {
            // standings that rule each other out, so that every wrong pairing is contradicted
            if (m.statusAt(date) instanceof StatusAt.Known k && !ctx.contested(m.id())
                    && byStatus.keySet().stream().allMatch(s -> s.excludes(k.status()) && k.status().excludes(s))) {
                byStatus.putIfAbsent(k.status(), m);
            }
        }
        if (byStatus.size() < 3) {
            return;
        }
        List<Membership> items = List.copyOf(byStatus.values());
        List<MembershipStatus> statuses = List.copyOf(byStatus.keySet());
        List<String> keys = statuses.stream().map(s -> Wording.option(ctx.words.status(s, date).noun())).toList();
        ctx.draft(Area.MEMBERS, "status-matching", date.toString())
                .stem("As of " + date.display() + ", what was the standing of each of these states in " + ctx.words.body(date)
                        + "? Match each state with its standing.")
                .matching(items.stream().map(m -> ctx.facts.get(m.country(), Country.class).displayName()).toList(), keys, List.of(),
                        (i, text) -> new Assertion.StatusAt(items.get(i).country(), org.id(), date, statuses.get(keys.indexOf(text))))
                .facts(items.stream().map(Membership::id).toList())
                .cite(items.stream().flatMap(m -> Memberships.citations(m, date).stream().limit(1)).toList())
                .because(String.join(" ", items.stream().map(m -> Memberships.statusSentence(ctx, m, date)).toList()))
                .timeFrame(date).difficulty(0.55).emit();
    }
}
