package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.StatusPeriod;

/**
 * Assertion and reason, as civil-service papers set them: "A: Uzbekistan was NOT a member of the CSTO
 * in 2003. R: Uzbekistan withdrew in 1997." Decided by the text, either the reason puts the change in a year the
 * facts contradict (c), or the assertion says the state still belonged and the reason is its earlier step, true and
 * seemingly the grounds for it: "A: Georgia was a party to the Treaty in 2000. R: Georgia signed the Treaty in 1993."
 * (d). Never the change itself as the reason, which only restates the assertion's cause, nor a true earlier step
 * beside a true assertion it plainly does not explain (reviewers: "tempts nobody").
 */
final class AssertionReasonFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Organization org : ctx.facts.organizations()) {
            for (Membership m : Memberships.of(ctx, org)) {
                for (StatusPeriod p : m.periods()) {
                    // a suspended member "was not a member" only on a reading an examiner would not defend
                    if (p.status().isFormalMember() || p.status() == MembershipStatus.SIGNATORY || p.status() == MembershipStatus.SUSPENDED
                            || p.from().isEmpty()) {
                        continue;
                    }
                    soonAfter(m, p).or(() -> Memberships.interior(m, p, ctx)).filter(d -> !d.equals(p.from().get()))
                            .ifPresent(date -> ask(ctx, org, m, p, date));
                }
            }
        }
    }

    /**
     * A year soon after the change: "not a member in 2012" because it "withdrew in 1999" is arguable when another state
     * that withdrew in 1999 was a member by 2012 (Uzbekistan rejoined); "not a party in 2001" is not.
     */
    private static Optional<PartialDate> soonAfter(Membership m, StatusPeriod p) {
        int from = p.from().orElseThrow().year();
        return java.util.stream.IntStream.rangeClosed(from + 1, from + 3).mapToObj(PartialDate::ofYear)
                .filter(d -> p.covers(d) == org.cstoquiz.domain.Truth.YES && m.statusAt(d) instanceof org.cstoquiz.domain.StatusAt.Known)
                .findFirst();
    }

    private void ask(Context ctx, Organization org, Membership m, StatusPeriod p, PartialDate date) {
        Country c = ctx.facts.get(m.country(), Country.class);
        PartialDate from = p.from().orElseThrow();
        boolean primary = org == ctx.facts.primaryOrganization();
        String change = (primary ? ctx.words.status(p.status(), from) : Wording.status(p.status(), Wording.org(org), false)).change();
        String memberOf = primary ? ctx.words.memberOf(date) : "a member of " + Wording.org(org);
        String key = m.id() + "|" + from;
        boolean firstD = Math.floorMod(key.hashCode(), 2) == 0;
        Draft d = ctx.draft(Area.MEMBERS, "assertion-reason", key);
        Draft.Stmt a = new Draft.Stmt(Names.capitalized(c.name()) + " was not " + memberOf + " in " + date.year() + ".",
                new Assertion.Not(new Assertion.MemberAt(c.id(), org.id(), date)), true);
        Optional<Integer> wrongYear = List.of(from.year() - 2, from.year() - 1, from.year() + 1).stream()
                .filter(y -> y < date.year() && ctx.holds(new Assertion.StatusFrom(c.id(), org.id(), p.status(),
                        PartialDate.ofYear(y)), false)).findFirst();
        // (d): the state put as still belonging, beside its earlier step that would make it so ("Georgia signed the Treaty in 1993")
        Optional<StatusPeriod> earlier = m.periods().stream().filter(q -> q != p && q.from().filter(f -> f.isCertainlyBefore(from)).isPresent()
                && (q.status().isFormalMember() || q.status() == MembershipStatus.SIGNATORY)).findFirst();
        if (earlier.isPresent() && (firstD || wrongYear.isEmpty())) {
            StatusPeriod q = earlier.get();
            PartialDate since = q.from().orElseThrow();
            String step = (primary ? ctx.words.status(q.status(), since) : Wording.status(q.status(), Wording.org(org), false)).change();
            Draft.Stmt stillIn = new Draft.Stmt(Names.capitalized(c.name()) + " was " + memberOf + " in " + date.year() + ".",
                    new Assertion.MemberAt(c.id(), org.id(), date), false);
            d.assertionReason(stillIn, new Draft.Stmt(Names.capitalized(c.name()) + " " + step + " in " + since.year() + ".",
                            new Assertion.StatusFrom(c.id(), org.id(), q.status(), PartialDate.ofYear(since.year())), true), false)
                    .facts(m.id()).cite(p.citations()).cite(q.citations())
                    .because((primary ? Memberships.statusSentence(ctx, m, date) : Texts.sentence(Names.capitalized(c.name()) + " " + change
                            + " in " + from.display())) + " The reason is true (it " + step + " in " + since.year() + "), the assertion false.")
                    .timeFrame(date).difficulty(0.65).emit();
            return;
        }
        // (c): the change put in a year the facts contradict
        if (wrongYear.isEmpty()) {
            ctx.cannotAsk(m.id(), "no reason but the change itself to put beside its consequence");
            return;
        }
        Draft.Stmt r = new Draft.Stmt(Names.capitalized(c.name()) + " " + change + " in " + wrongYear.get() + ".",
                new Assertion.StatusFrom(c.id(), org.id(), p.status(), PartialDate.ofYear(wrongYear.get())), false);
        d.assertionReason(a, r, false)
                .facts(m.id()).cite(p.citations())
                .because(primary ? Memberships.statusSentence(ctx, m, date)
                        : Texts.sentence(Names.capitalized(c.name()) + " " + change + " in " + from.display()))
                .timeFrame(date).difficulty(0.6).emit();
    }
}
