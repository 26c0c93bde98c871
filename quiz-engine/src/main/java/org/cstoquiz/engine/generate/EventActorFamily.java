package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Person;
import org.cstoquiz.domain.Truth;

/**
 * Who did it: the one state or person an event's title names, asked as "Which state signed ... ?"
 * (or a blank to fill when the name is not at the start), chosen among states or people of related
 * events, and typed.
 */
final class EventActorFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Event e : Events.asked(ctx)) {
            List<Named> actors = new ArrayList<>();
            e.countries().stream().map(id -> ctx.facts.get(id, Country.class)).forEach(actors::add);
            e.subjects().stream().map(id -> ctx.facts.find(id, Person.class)).flatMap(Optional::stream).forEach(actors::add);
            List<Named> named = actors.stream().filter(a -> mentions(e.title(), a) == 1).toList();
            if (named.size() != 1 || actors.stream().filter(a -> mentions(e.title(), a) > 0).count() != 1) {
                continue;
            }
            ask(ctx, e, named.getFirst());
        }
    }

    private static int mentions(String text, Named n) {
        int count = 0;
        for (String name : n.allNames().stream().map(Names::bare).distinct().toList()) {
            count += (int) Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text).results().count();
        }
        return count;
    }

    private void ask(Context ctx, Event e, Named actor) {
        boolean country = actor instanceof Country;
        String noun = country ? "state" : "person";
        String name = actor.allNames().stream().map(Names::bare)
                .filter(n -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])").matcher(e.title()).find())
                .findFirst().orElseThrow();
        String clause = ctx.words.clause(e);
        List<Fact> pool = (country ? ctx.facts.countries().stream().map(Fact.class::cast)
                : ctx.facts.people().stream().map(Fact.class::cast))
                .filter(x -> x != actor && !((Named) x).sharesNameWith(actor))
                .filter(x -> !e.countries().contains(x.id()) && !e.subjects().contains(x.id()))
                .filter(x -> mentions(clause, (Named) x) == 0)
                // no state that was not one yet or no longer (the Soviet Union in 2023)
                .filter(x -> !(x instanceof Country c) || Memberships.ofTheTime(ctx, c, e.date()) && Memberships.stillThere(ctx, c, e.date()))
                .toList();
        Draft d = ctx.draft(Context.area(e), country ? "event-state" : "event-person", e.id());
        // like with like: a state that belonged to the organization then for one that did, an outsider for an outsider;
        // beside a state joining, states that joined in other waves, nearest in time ("Which state joined NATO in
        // 2023?": Montenegro, North Macedonia, Sweden), never a founder nor a member of a rival bloc then
        String org = ctx.facts.pack().organization();
        org.cstoquiz.domain.Organization primary = ctx.facts.primaryOrganization();
        List<Fact> otherWaves = country && joinedFirstOn(ctx, (Fact) actor, e) ? pool.stream()
                .filter(x -> Memberships.joined(ctx, primary, x.id()).filter(y -> !y.equals(e.date())).isPresent()
                        && !Memberships.founder(ctx, primary, x.id()) && !Memberships.inRivalBloc(ctx, primary, (Country) x, e.date()))
                .toList() : List.of();
        // "Which state became a full participant again?" offers states that had left, never ones that never did
        if (country && rejoinedOn(ctx, (Fact) actor, e)) {
            pool = pool.stream().filter(x -> Memberships.left(ctx, primary, x.id())).toList();
        }
        if (country) {
            String concerned = ctx.otherOrganization(e.id()).map(Fact::id).orElse(org);
            pool = asTheActorStood(ctx, e, (Fact) actor, pool, concerned);
            // nor the organization's own leading state for another bloc's step (Russia for GUAM's, the United States for
            // the Warsaw Pact's) or where the state is what the step was done to or for ("failed to agree on providing
            // military assistance to ____"): no one believes the leading state was helped
            if (!concerned.equals(org) || !clause.startsWith(name + " ")) {
                List<Fact> notTheLeader = Memberships.withoutTheLeader(ctx, org, pool.stream().map(Country.class::cast).toList())
                        .stream().map(Fact.class::cast).toList();
                pool = notTheLeader.size() >= 3 ? notTheLeader : pool;
            }
        }
        // a state never a member (Afghanistan, an observer whose standing the sources dispute) stood outside
        Truth actorIn = !country ? Truth.UNKNOWN : Memberships.everMember(ctx, org, ((Fact) actor).id())
                ? ctx.facts.wasMemberAt(((Fact) actor).id(), org, e.date()) : Truth.NO;
        List<Fact> sameStanding = pool.stream().filter(x -> ctx.facts.wasMemberAt(x.id(), org, e.date()) == actorIn).toList();
        // the states that did the same (signed the same treaty) nearest in time: Belarus and Azerbaijan, who signed in 1993,
        // beside Georgia, not Russia, whose signature of 1992 everyone knows; standing as it stood (NATO's members of
        // 1980 for Greece's return to the integrated structure, not Poland, which joined in 1999)
        List<Fact> pool0 = country && actorIn.isKnown() && sameStanding.size() >= 3 ? sameStanding : pool;
        java.util.Map<Fact, Long> alike = new java.util.LinkedHashMap<>();
        ctx.facts.events().stream().filter(x -> x != e && x.category() == e.category() && !x.subjects().isEmpty() && x.subjects().equals(e.subjects()))
                .forEach(x -> x.countries().stream().map(id -> ctx.facts.get(id, Country.class)).filter(pool0::contains)
                        .forEach(c -> alike.merge(c, Math.abs(Events.ordinal(x.date()) - Events.ordinal(e.date())), Math::min)));
        List<Fact> wrong = country && alike.size() >= 3 && otherWaves.size() < 3
                ? alike.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).limit(3).map(java.util.Map.Entry::getKey).toList()
                : otherWaves.size() >= 3
                ? Picks.nearest(otherWaves, 3, x -> Math.abs(Memberships.joined(ctx, primary, x.id()).orElseThrow().year() - e.date().year()),
                        d.random)
                : Picks.nearest(pool0, 3, x -> -involvement(ctx, e, x.id()), d.random);
        String when = Wording.when(e.date());
        String question;
        String ask;
        if (clause.startsWith(name + " ")) {
            String rest = clause.substring(name.length() + 1);
            // the date first: "… recognition of Abkhazia's independence on 29 August 2008?" could date the recognition
            question = Wording.dated(e.date(), "which " + noun + " " + rest) + "?";
            ask = rest.split(" ").length > 8 ? "Name the " + noun + " that, " + when + ", " + rest + "."
                    : "Name the " + noun + " that " + rest + " " + when + ".";
        } else {
            String blanked = Texts.sentence(Wording.dated(e.date(), clause.replaceFirst(Pattern.quote(name), "____")));
            question = "Fill in the blank: " + blanked;
            ask = "Fill in the blank with the " + noun + "'s name: " + blanked;
        }
        Assertion right = assertion(e, actor, country);
        if (wrong.size() == 3 && (otherWaves.size() >= 3 || involvement(ctx, e, wrong.getFirst().id()) > 0)) {
            d.stem(question).hint(e.date().display().split(" "))
                    .singleChoice(new Option(Wording.shown(actor, e.date()), right),
                            wrong.stream().map(x -> new Option(Wording.shown((Named) x, e.date()), assertion(e, (Named) x, country))).toList())
                    .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e)).difficulty(0.45).emit();
        } else {
            ctx.cannotAsk(e.id(), "too few " + noun + "s of related events to offer");
        }
        ctx.draft(Context.area(e), country ? "event-state-short" : "event-person-short", e.id())
                .stem(ask).hint(e.date().display().split(" "))
                .shortAnswer((actor instanceof Country c ? c.allNamesAt(e.date()) : actor.allNames()).stream().map(Names::bare).distinct().toList(), right)
                .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e)).difficulty(0.6).emit();
    }

    /** Whether the state first became a member of the pack's organization on the event's day. */
    private static boolean joinedFirstOn(Context ctx, Fact state, Event e) {
        return Memberships.joined(ctx, ctx.facts.primaryOrganization(), state.id()).filter(e.date()::equals).isPresent();
    }

    /** Whether the state became a member of the pack's organization again on the event's day, after leaving it. */
    private static boolean rejoinedOn(Context ctx, Fact state, Event e) {
        return ctx.facts.membership(state.id(), ctx.facts.pack().organization()).stream().flatMap(m -> m.periods().stream())
                .filter(p -> p.status() == org.cstoquiz.domain.MembershipStatus.MEMBER).skip(1)
                .anyMatch(p -> p.from().filter(e.date()::equals).isPresent());
    }

    private static Assertion assertion(Event e, Named actor, boolean country) {
        String id = ((Fact) actor).id();
        return country ? new Assertion.EventCountry(e.id(), id) : new Assertion.EventSubject(e.id(), id);
    }

    /** How much a state or person has to do with events related to this one (a plausible guess). */
    private static int involvement(Context ctx, Event e, String id) {
        return (int) Events.related(ctx, e).stream().filter(x -> x.countries().contains(id) || x.subjects().contains(id)).count()
                + (int) ctx.facts.holdingsOf(id).stream().count();
    }

    /** What only a member does: suspend, leave, announce it will leave. */
    private static final java.util.Set<EventCategory> LEAVING = EnumSet.of(EventCategory.SUSPENSION, EventCategory.WITHDRAWAL,
            EventCategory.ANNOUNCEMENT);

    /** States that stood towards the organization {@code concerned} as the actor did before it acted. */
    private static List<Fact> asTheActorStood(Context ctx, Event e, Fact actor, List<Fact> pool, String concerned) {
        // only a member suspends, leaves or announces it will leave: states that belonged to the organization left
        // or suspended, never outsiders ("Afghanistan or Moldova?" for Uzbekistan's suspension)
        if (LEAVING.contains(e.category())) {
            pool = pool.stream().filter(x -> Memberships.everMember(ctx, concerned, x.id())).toList();
            pool = Memberships.withoutTheLeader(ctx, concerned, pool.stream().map(Country.class::cast).toList()).stream().map(Fact.class::cast).toList();
        }
        // a state that joined is offered beside states not yet in: Georgia, Ukraine and Moldova founded the GUAM that
        // Uzbekistan joined in 1999
        // (not a member's return to a structure it had left: Greece, in NATO since 1952, among NATO's members of 1980)
        boolean wasIn = ctx.facts.find(concerned, org.cstoquiz.domain.Organization.class)
                .flatMap(o -> Memberships.joined(ctx, o, actor.id())).filter(j -> j.isCertainlyBefore(e.date())).isPresent();
        if (e.category() == EventCategory.ACCESSION && !wasIn) {
            // certainly not in first: Azerbaijan, a founder of 1997 whose standing the pack gives as of that year, is no guess
            List<Fact> outside = pool.stream().filter(x -> ctx.facts.wasMemberAt(x.id(), concerned, e.date()) == Truth.NO).toList();
            List<Fact> notKnownIn = pool.stream().filter(x -> ctx.facts.wasMemberAt(x.id(), concerned, e.date()) != Truth.YES).toList();
            pool = outside.size() >= 3 ? outside : notKnownIn.size() >= 3 ? notKnownIn : pool;
        }
        // members at the time where there are enough: Azerbaijan, gone since 1999, neither suspended anything in 2012 nor
        // took the rotating presidency in 2008
        if (LEAVING.contains(e.category()) || e.category() == EventCategory.PRESIDENCY) {
            List<Fact> then = pool.stream().filter(x -> ctx.facts.wasMemberAt(x.id(), concerned, e.date()) == Truth.YES).toList();
            pool = then.size() >= 3 ? then : pool;
        }
        return pool;
    }
}
