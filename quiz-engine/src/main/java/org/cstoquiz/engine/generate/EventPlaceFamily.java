package org.cstoquiz.engine.generate;

import java.util.List;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.PlaceKind;

/**
 * Where an event took place: chosen among places of the same kind (cities with cities, regions with
 * regions), typed when it is a city, and as a true/false statement. The event's title never names
 * its place (the guide asks for the place in its own field), so the stem does not give it away.
 */
final class EventPlaceFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Event e : Events.asked(ctx)) {
            if (e.place().isEmpty()) {
                continue;
            }
            Place place = ctx.facts.get(e.place().get(), Place.class);
            if (place.allNames().stream().anyMatch(n -> Texts.containsWords(e.title(), n))) {
                ctx.cannotAsk(e.id(), "its title names its place");
                continue;
            }
            List<Place> pool = ctx.facts.places().stream()
                    .filter(p -> p != place && p.kind().equals(place.kind()) && !p.sharesNameWith(place))
                    .filter(p -> ctx.holds(new Assertion.EventPlace(e.id(), p.id()), false))
                    // nor the place of another step towards the same thing that year: Moscow, where the decision to make the
                    // Treaty an organization was taken in May 2002, for where the CSTO was formed
                    .filter(p -> ctx.facts.events().stream().noneMatch(x -> x != e && x.place().filter(p.id()::equals).isPresent()
                            && x.date().year() == e.date().year() && x.subjects().stream().anyMatch(e.subjects()::contains)))
                    // nor a place only study facts know: Nur-Sultan, named by a photograph's caption of 2018 (and a name the
                    // city did not have in 2002)
                    .filter(p -> ctx.facts.referringTo(p.id()).stream().anyMatch(f -> ctx.examWorthy(f.id())))
                    .toList();
            Draft d = ctx.draft(Context.area(e), "event-place", e.id());
            List<Place> wrong = Picks.nearest(pool, 3, p -> venueOf(ctx, p, e) ? 0 : 1, d.random);
            // where sources disagree the stem names one, which may give the year only ("In 2002 … in Chișinău"): the
            // question then says no more than the year, and the source named must give it with the place
            PartialDate when = ctx.contested(e.id()) ? PartialDate.ofYear(e.date().year()) : e.date();
            String year = Integer.toString(e.date().year());
            String dated = Texts.sentence(Wording.dated(when, e.title()));
            boolean city = place.kind().filter(k -> k == PlaceKind.CITY).isPresent();
            // "In which city was the NATO-Russia Founding Act signed on 27 May 1997?"
            String undated = org.cstoquiz.domain.Names.capitalized(e.title()) + " " + Wording.when(when);
            // a long title's date goes first in a question: "… to help countries that want to join prepare for
            // membership in April 1999?" reads as if membership came then ("Name the city in which …" keeps it last)
            boolean longTitle = Wording.longTitle(e.title());
            String lead = longTitle ? org.cstoquiz.domain.Names.capitalized(Wording.when(when)) + ", " : "";
            String asked = longTitle ? org.cstoquiz.domain.Names.capitalized(e.title()) : undated;
            // "In which city did the Council decide to establish the Crisis Response Center?" can ask where the centre went
            boolean decision = e.category() == org.cstoquiz.domain.EventCategory.DECISION;
            String stem = decision ? dated + " " + (city ? "In which city" : "Where") + " was the decision taken?"
                    : Asking.question(ctx.words, lead + (longTitle ? (city ? "in which city" : "where") : (city ? "In which city" : "Where")), asked)
                            .orElse((city ? "In which city" : "Where") + " did the following take place? " + dated);
            if (wrong.size() == 3) {
                d.hint(place.name(), year).stem(stem)
                        .singleChoice(new Option(Wording.shown(place), new Assertion.EventPlace(e.id(), place.id())),
                                wrong.stream().map(p -> new Option(Wording.shown(p), new Assertion.EventPlace(e.id(), p.id()))).toList())
                        .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                        .difficulty(0.45).emit();
            } else {
                ctx.cannotAsk(e.id(), "too few other places of the same kind");
            }
            if (city) {
                ctx.draft(Context.area(e), "event-place-short", e.id()).hint(place.name(), year)
                        .stem(Asking.relative(ctx.words, "Name the city in which", undated)
                                .orElse("Name the city in which the following took place: " + dated))
                        .shortAnswer(place.allNames().stream().map(org.cstoquiz.domain.Names::bare).toList(),
                                new Assertion.EventPlace(e.id(), place.id()))
                        .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                        .difficulty(0.65).emit();
            }
            // a false region in another land is false at sight ("clashes between Kyrgyz and Uzbeks … in Donbass"):
            // a region of the same state, or the true place only (summits move from city to city; regions do not)
            List<Place> sameLand = place.country().isEmpty() || city ? wrong
                    : wrong.stream().filter(p -> p.country().equals(place.country())).toList();
            if (!wrong.isEmpty()) {
                boolean truth = sameLand.isEmpty() || Context.statesTheFact("place-tf" + e.id());
                Place shown = truth ? place : sameLand.getFirst();
                ctx.draft(Context.area(e), "event-place-tf", e.id()).hint(place.name(), year)
                        .stem("True or false? " + Texts.sentence(Wording.dated(when, Wording.at(e.title(), shown.name()))))
                        .trueFalse(new Assertion.EventPlace(e.id(), shown.id()), truth)
                        .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                        .difficulty(truth ? 0.35 : 0.4).emit();
            }
        }
    }

    /** A place where a related event happened, or a capital of a state the event concerns: a plausible guess. */
    private static boolean venueOf(Context ctx, Place p, Event e) {
        return Events.related(ctx, e).stream().anyMatch(x -> x.place().filter(p.id()::equals).isPresent())
                || p.capitalOf().filter(c -> e.countries().contains(c.value())).isPresent();
    }
}
