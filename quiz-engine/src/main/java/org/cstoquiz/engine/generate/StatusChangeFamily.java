package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusPeriod;

/**
 * Changes of standing in a year: "Which state suspended its membership in the CSTO in 2012?",
 * "Which states joined NATO in 2004? Select all that apply." (at most three keys beside at least two
 * states whose standing did not change so that year), and the one state typed.
 */
final class StatusChangeFamily implements Family {

    private record Change(MembershipStatus status, int year, boolean again) {
    }

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        Map<Change, List<Membership>> groups = new LinkedHashMap<>();
        Map<String, StatusPeriod> periods = new LinkedHashMap<>();
        for (Membership m : Memberships.of(ctx, org)) {
            for (int i = 0; i < m.periods().size(); i++) {
                StatusPeriod p = m.periods().get(i);
                boolean entryIntoForce = i == 1 && m.periods().get(0).status() == MembershipStatus.SIGNATORY;
                if (p.from().isEmpty() || p.status() == MembershipStatus.SIGNATORY || entryIntoForce) {
                    continue;
                }
                boolean again = m.periods().subList(0, i).stream().anyMatch(x -> x.status() == p.status());
                Change change = new Change(p.status(), p.from().get().year(), again);
                groups.computeIfAbsent(change, k -> new ArrayList<>()).add(m);
                periods.put(change + m.id(), p);
            }
        }
        groups.forEach((change, members) -> ask(ctx, org, change, members, periods));
    }

    private void ask(Context ctx, Organization org, Change change, List<Membership> keys, Map<String, StatusPeriod> periods) {
        PartialDate date = PartialDate.ofYear(change.year());
        Wording.StatusWords w = ctx.words.status(change.status(), date);
        // never "became a member of the CSTO again": Uzbekistan left the Treaty before the Organization existed, and
        // "again" only rules out the states that never left, leaving three options where a paper sets four
        String phrase = w.change();
        // any state the facts say did not take that step that year: its standing all year need not be known
        // (NATO's members "as of 2024" are not, yet none of them joined in 2024 but Sweden)
        List<Country> wrong = ctx.facts.countries().stream()
                .filter(c -> ctx.facts.membership(c.id(), org.id()).map(m -> !ctx.contested(m.id()) && ctx.examWorthy(m.id()))
                        .orElse(true))
                .filter(c -> keys.stream().noneMatch(m -> m.country().equals(c.id())))
                .filter(c -> ctx.holds(new Assertion.StatusFrom(c.id(), org.id(), change.status(), date), false))
                .toList();
        // only a member suspends, leaves or announces it will leave: "Iran, Moldova or Ukraine?" beside Armenia asks nothing
        if (EnumSet.of(MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN, MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED)
                .contains(change.status())) {
            wrong = wrong.stream().filter(c -> Memberships.everMember(ctx, org.id(), c.id())).toList();
        }
        // nor the leading state, which no one believes joined, left or returned that year (Russia for Uzbekistan's return)
        wrong = Memberships.withoutTheLeader(ctx, org.id(), wrong);
        List<Citation> cites = keys.stream().flatMap(m -> periods.get(change + m.id()).citations().stream()).toList();
        String because = Names.capitalized(Texts.joinAnd(keys.stream().map(m -> country(ctx, m).nameAt(date)).toList()))
                + " " + (keys.size() > 1 ? phrase.replace(" its ", " their ") : phrase) + " in "
                + Texts.joinAnd(keys.stream().map(m -> periods.get(change + m.id()).from().orElseThrow().display()).distinct().toList())
                + ".";
        String key = change.status() + "|" + change.year() + "|" + change.again();
        Draft d = ctx.draft(Area.MEMBERS, keys.size() == 1 ? "status-change" : "status-change-all", key);
        if (keys.size() == 1) {
            Country k = country(ctx, keys.getFirst());
            Assertion right = new Assertion.StatusFrom(k.id(), org.id(), change.status(), date);
            if (wrong.size() >= 3) {
                d.stem("Which state " + phrase + " in " + change.year() + "?")
                        .singleChoice(new Option(k.displayNameAt(date), right), nearInTime(ctx, org, wrong, change, 3, d).stream()
                                .map(c -> new Option(c.displayNameAt(date), new Assertion.StatusFrom(c.id(), org.id(), change.status(), date))).toList())
                        .facts(keys.getFirst().id()).cite(cites).because(because).timeFrame(date).difficulty(0.45).emit();
            }
            ctx.draft(Area.MEMBERS, "status-change-short", key)
                    .stem("Name the state that " + phrase + " in " + change.year() + ".")
                    .shortAnswer(k.allNamesAt(date).stream().map(Names::bare).distinct().toList(), right)
                    .facts(keys.getFirst().id()).cite(cites).because(because).timeFrame(date).difficulty(0.55).emit();
            return;
        }
        if (wrong.size() < 2) {
            ctx.cannotAsk(keys.getFirst().id(), "too few states whose standing did not change in " + change.year());
            return;
        }
        List<Membership> shown = Picks.random(keys, Math.min(3, keys.size()), d.random).stream()
                .sorted(Comparator.comparing(m -> country(ctx, m).name())).toList();
        List<Country> others = nearInTime(ctx, org, wrong, change, Math.min(3, 6 - shown.size()), d);
        String plural = phrase.replace(" its ", " their ").replace("an observer state", "observer states")
                .replace("a member of", "members of").replace("a full participant", "full participants");
        d.stem("Which of the following states " + plural + " in " + change.year() + "? Select all that apply.")
                .multipleResponse(shown.stream().map(m -> country(ctx, m))
                                .map(c -> new Option(c.displayNameAt(date), new Assertion.StatusFrom(c.id(), org.id(), change.status(), date))).toList(),
                        others.stream().map(c -> new Option(c.displayNameAt(date),
                                new Assertion.StatusFrom(c.id(), org.id(), change.status(), date))).toList())
                .facts(shown.stream().map(Membership::id).toList()).cite(cites).because(because)
                .timeFrame(date).difficulty(0.45).emit();
    }

    /**
     * Wrong states that took the same step nearest in time first (the 2004 entrants beside those of
     * 1999, not the founders of 1949), after the most plausible kind of state.
     */
    private static List<Country> nearInTime(Context ctx, Organization org, List<Country> wrong, Change change, int n, Draft d) {
        PartialDate then = PartialDate.ofYear(change.year());
        java.util.function.ToDoubleFunction<Country> distance = c -> Memberships.plausibility(ctx, org, c) * 1000.0
                + (Memberships.inRivalBloc(ctx, org, c, then) || !Memberships.ofTheTime(ctx, c, then) ? 5000 : 0)
                + stepYear(ctx, org, c, change)
                .map(y -> Math.abs(y - change.year())).orElse(500)
                // a state that returned beside the states that had left too
                - (change.again() && Memberships.left(ctx, org, c.id()) ? 100 : 0);
        // one state of each wave: the Czech Republic, Hungary and Poland beside Spain fall together (they joined as one)
        List<Country> picked = new java.util.ArrayList<>();
        java.util.Set<Integer> waves = new java.util.HashSet<>();
        for (Country c : Picks.nearest(wrong, wrong.size(), distance, d.random).stream().sorted(Comparator.comparingDouble(distance)).toList()) {
            Optional<Integer> wave = stepYear(ctx, org, c, change);
            // a return is set beside the states that left with it and those that stayed, not one state of 1994 alone
            if (picked.size() < n && (wave.isEmpty() || change.again() || waves.add(wave.get()))) {
                picked.add(c);
            }
        }
        wrong.stream().sorted(Comparator.comparingDouble(distance)).filter(c -> !picked.contains(c)).limit(n - picked.size()).forEach(picked::add);
        return picked.stream().sorted(Comparator.comparing(Country::name)).toList();
    }

    /** The year nearest the asked one in which the state took the same step. */
    private static Optional<Integer> stepYear(Context ctx, Organization org, Country c, Change change) {
        return ctx.facts.membership(c.id(), org.id()).stream().flatMap(m -> m.periods().stream())
                .filter(p -> p.status() == change.status() && p.from().isPresent()).map(p -> p.from().get().year())
                .min(Comparator.comparingInt(y -> Math.abs(y - change.year())));
    }

    private static Country country(Context ctx, Membership m) {
        return ctx.facts.get(m.country(), Country.class);
    }
}
