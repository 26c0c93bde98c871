package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.engine.question.Numeric;

/**
 * How many members the organization had at a date: typed, and chosen among the counts it had at its
 * other dates (so that the options are the organization's own real sizes).
 */
final class MemberCountFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        List<PartialDate> frames = Memberships.frames(ctx, org);
        List<Long> counts = frames.stream().map(d -> (long) ctx.facts.membersAt(org.id(), d).members().size()).toList();
        for (int i = 0; i < frames.size(); i++) {
            PartialDate date = frames.get(i);
            int n = counts.get(i).intValue();
            List<Membership> all = ctx.facts.membershipsIn(org.id());
            List<String> ids = all.stream().filter(m -> m.wasMemberAt(date).isYes()).map(Membership::id)
                    .filter(ctx::examWorthy).toList();
            List<Citation> cites = new ArrayList<>();
            all.stream().filter(m -> m.wasMemberAt(date).isYes())
                    .forEach(m -> cites.addAll(Memberships.citations(m, date).stream().limit(1).toList()));
            String because = "As of " + date.display() + ", the " + ctx.words.membersOf(date) + " were "
                    + Texts.joinAnd(ctx.facts.membersAt(org.id(), date).members().stream().map(c -> c.name()).toList())
                    + " (" + n + ").";
            // with a member suspended then (Uzbekistan after June 2012), a source counting it could say seven: full members
            boolean suspended = all.stream().anyMatch(m -> m.periods().stream().anyMatch(p -> p.status() == MembershipStatus.SUSPENDED
                    && p.from().filter(f -> !date.isCertainlyBefore(f)).isPresent()
                    && p.to().map(t -> !t.isCertainlyBefore(date)).orElse(true)));
            String what = ctx.words.treatyEra(date) ? "how many states were parties to " + ctx.words.body(date)
                    : "how many " + (suspended ? "full member states" : "member states") + " did " + ctx.words.org() + " have";
            Assertion right = new Assertion.MemberCount(org.id(), date, n);
            ctx.draft(Area.MEMBERS, "member-count-numeric", date.toString())
                    .stem("As of " + date.display() + ", " + what + "? Enter the number.")
                    .numeric(Numeric.exactly(n), right)
                    .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.55).emit();
            Draft d = ctx.draft(Area.MEMBERS, "member-count", date.toString());
            List<Long> candidates = new ArrayList<>(counts);
            // near counts only: "3 member states" beside a real 6, 7 and 9 is a filler no one picks
            for (long k = Math.max(1, n - 2); k <= n + 2; k++) {
                candidates.add(k);
            }
            Optional<List<Long>> others = Picks.unevenNear(n, candidates.stream().distinct().toList(), 3, d.random);
            if (others.isEmpty()) {
                continue;
            }
            List<Long> options = new ArrayList<>(others.get());
            // the count just before or after (6 before Uzbekistan came back) and the latest one, where near (the count
            // a reader knows today), are the likeliest slips: always offered, each in place of the farthest other option
            List<Long> forced = new ArrayList<>();
            for (int j : new int[] {i - 1, i + 1, counts.size() - 1}) {
                long slip = j >= 0 && j < counts.size() ? counts.get(j) : n;
                if (j == counts.size() - 1 && j != i + 1 && Math.abs(slip - n) > Math.max(3, n / 4)) {
                    continue; // NATO's 30 is no slip for its 16 of 1987
                }
                if (slip != n && !options.contains(slip)) {
                    options.stream().filter(k -> !forced.contains(k)).max(java.util.Comparator.comparingLong(k -> Math.abs(k - n)))
                            .ifPresent(far -> options.set(options.indexOf(far), slip));
                }
                if (slip != n) {
                    forced.add(slip);
                }
            }
            options.add((long) n);
            options.sort(Long::compare);
            d.stem("As of " + date.display() + ", " + what + "?")
                    .singleChoiceInOrder(options.stream().map(k -> new Option(Long.toString(k),
                            new Assertion.MemberCount(org.id(), date, k.intValue()))).toList(), options.indexOf((long) n))
                    .facts(ids).cite(cites).because(because).timeFrame(date).difficulty(0.5).emit();
        }
    }
}
