package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Person;

/**
 * Who sat on a body of the organization for a state ("As of 1 April 2022, who sat on the Collective
 * Security Council for Kazakhstan?"), and the members of one body matched with their states.
 */
final class SeatFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<OfficeHolding> holdings = ctx.facts.holdings().stream().filter(h -> ctx.examWorthy(h.id())).toList();
        for (OfficeHolding h : holdings) {
            Optional<PartialDate> date = HolderDates.askedAt(ctx, h);
            Optional<String> seat = HolderFamily.seatFor(ctx, h);
            if (date.isPresent() && seat.isPresent()) {
                seatHolder(ctx, h, date.get(), holdings, seat.get());
            }
        }
        Map<String, List<OfficeHolding>> byOrgan = new LinkedHashMap<>();
        holdings.stream().filter(h -> h.organ().isPresent() && h.country().isPresent() && h.period().asOf().isPresent())
                .forEach(h -> byOrgan.computeIfAbsent(h.organ().get() + "|" + h.period().asOf().get(), k -> new ArrayList<>()).add(h));
        byOrgan.forEach((key, list) -> matching(ctx, key, list));
    }

    /**
     * "As of 1 April 2022, who sat on the Collective Security Council for Kazakhstan?" among the state's
     * members of the organization's other bodies (its foreign and defence ministers): which level of
     * office sits where, not who led the state, which heads of other states as options would ask. Not
     * typed for the same reason.
     */
    private void seatHolder(Context ctx, OfficeHolding h, PartialDate date, List<OfficeHolding> holdings, String seat) {
        Person key = ctx.facts.get(h.person(), Person.class);
        List<Person> colleagues = holdings.stream()
                .filter(o -> !o.person().equals(h.person()) && o.country().equals(h.country()) && o.office().isEmpty()
                        && o.organ().isPresent() && !o.organ().equals(h.organ()) && HolderDates.yearsAway(o, date) == 0)
                .map(o -> ctx.facts.get(o.person(), Person.class)).distinct()
                .filter(p -> !p.sharesNameWith(key) && ctx.holds(HolderFamily.held(h, p.id(), date), false)).toList();
        Draft d = ctx.draft(Area.PEOPLE, "holder", h.id());
        if (colleagues.size() >= 3) {
            d.stem("As of " + date.display() + ", who " + seat + "?")
                    .singleChoice(new Option(key.displayName(), HolderFamily.held(h, key.id(), date)),
                            Picks.random(colleagues, 3, d.random).stream().map(p -> new Option(p.displayName(), HolderFamily.held(h, p.id(), date))).toList())
                    .facts(h.id()).cite(h.citations()).because(HolderFamily.because(ctx, h, date)).timeFrame(date).difficulty(0.5).emit();
        }
        // "Vladimir Putin sat on the Council of Foreign Ministers" is false at sight: a head of state is never the false
        // member of a ministers' council (a foreign minister on the heads of state's council may be believed)
        HolderFamily.trueFalse(ctx, h, date, key, colleagues.stream().filter(p -> !headOfState(ctx, holdings, p)).findFirst(),
                p -> "As of " + date.display() + ", " + p.displayName() + " " + seat + ".");
    }

    private static boolean headOfState(Context ctx, List<OfficeHolding> holdings, Person p) {
        return holdings.stream().filter(o -> o.person().equals(p.id()) && o.organ().isPresent())
                .anyMatch(o -> ofHeadsOfState(ctx.facts.get(o.organ().get(), Organ.class)));
    }

    private static boolean ofHeadsOfState(Organ organ) {
        return organ.composition().filter(c -> HEADS_OF_STATE.matcher(c.value()).find()).isPresent();
    }

    private static final java.util.regex.Pattern HEADS_OF_STATE = java.util.regex.Pattern.compile("(?i)\\bheads of (the )?(member )?states\\b");

    private void matching(Context ctx, String key, List<OfficeHolding> list) {
        if (list.size() < 4) {
            return;
        }
        // the heads of state are known to every candidate: "Vladimir Putin, Alexander Lukashenko …" matched with their
        // states tests the news, not the organization
        if (ofHeadsOfState(ctx.facts.get(list.getFirst().organ().orElseThrow(), Organ.class))) {
            return;
        }
        Draft d = ctx.draft(Area.PEOPLE, "holder-matching", key);
        List<OfficeHolding> items = Picks.random(list, 4, d.random).stream().sorted(Comparator.comparing(OfficeHolding::id)).toList();
        PartialDate date = items.getFirst().period().asOf().get();
        Organ organ = ctx.facts.get(items.getFirst().organ().get(), Organ.class);
        List<String> keys = items.stream().map(h -> ctx.facts.get(h.country().get(), Country.class).displayName()).toList();
        List<String> extra = list.stream().filter(x -> !items.contains(x)).limit(1)
                .map(x -> ctx.facts.get(x.country().get(), Country.class).displayName()).toList();
        d.stem("As of " + date.display() + ", match each member of " + ctx.words.ofTheOrganization(organ, organ.name()) + " with the state each represented.")
                .matching(items.stream().map(h -> ctx.facts.get(h.person(), Person.class).displayName()).toList(), keys, extra,
                        (i, name) -> new Assertion.HeldPost(items.get(i).person(), items.get(i).organ(), Optional.empty(),
                                ctx.facts.countryByName(name).map(Country::id), Optional.empty(), date))
                .facts(items.stream().map(OfficeHolding::id).toList())
                .cite(items.stream().flatMap(h -> h.citations().stream()).toList())
                .because(String.join(" ", items.stream().map(h -> HolderFamily.because(ctx, h, date)).toList()))
                .timeFrame(date).difficulty(0.55).emit();
    }
}
