package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.PartialDate;

/**
 * Events of one theme (a document, a body, a state, a decade) in order: arrange them, name the
 * first or the last, match each with its year. Themes and decades come from the pack's own events.
 */
final class ChronologyFamily implements Family {

    /** Events on one subject, or of one decade ({@code fromYear} to {@code toYear}: no year outside it is offered). */
    private record Theme(String key, String about, List<Event> events, int fromYear, int toYear) {
        Theme(String key, String about, List<Event> events) {
            this(key, about, events, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    @Override
    public void generate(Context ctx) {
        Set<Set<String>> seen = new LinkedHashSet<>();
        for (Theme t : themes(ctx)) {
            List<Event> chain = chain(ctx, t.events());
            List<Event> unforced = unforced(chain);
            List<Event> four = Picks.spread(unforced, 4);
            if (four.size() >= 3 && seen.add(ids(four))) {
                ordering(ctx, t, four);
            }
            firstOrLast(ctx, t, unforced);
            List<Event> years = Picks.spread(distinctYears(chain), 4);
            if (years.size() >= 3 && seen.add(Set.of("years", String.join("|", ids(years))))) {
                matching(ctx, t, years);
            }
        }
    }

    private static List<Theme> themes(Context ctx) {
        // "Armenia assumed the rotating presidency" undated names no one event: it comes round to each state in turn
        List<Event> events = Events.asked(ctx).stream().filter(e -> !ctx.contested(e.id()) && Events.optionable(ctx, e)
                && !e.category().comesRoundAgain()).toList();
        List<Theme> themes = new ArrayList<>();
        Map<String, List<Event>> bySubject = new TreeMap<>();
        for (Event e : events) {
            e.subjects().forEach(s -> bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
            e.countries().forEach(c -> bySubject.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
        }
        bySubject.forEach((id, all) -> {
            Fact f = ctx.facts.find(id).orElseThrow();
            // "events concerning Armenia" are those that name it, not every treaty it signed among six
            List<Event> list = f instanceof org.cstoquiz.domain.Country c
                    ? all.stream().filter(e -> e.countries().size() <= 2
                            && c.allNames().stream().anyMatch(name -> Texts.containsWords(e.title(), name))).toList() : all;
            if (f instanceof Named n && list.size() >= 3) {
                themes.add(new Theme(id, "concerning " + n.name(), list));
            }
        });
        if (!events.isEmpty()) {
            int first = events.getFirst().date().year() / 10 * 10;
            for (int decade = first; decade <= events.getLast().date().year(); decade += 10) {
                int from = decade;
                themes.add(new Theme("decade." + decade, "of the " + decade + "s",
                        events.stream().filter(e -> e.date().year() >= from && e.date().year() < from + 10).toList(),
                        from, from + 9));
            }
        }
        return themes;
    }

    /** Events each certainly before the next, one per wording. */
    private static List<Event> chain(Context ctx, List<Event> events) {
        Map<String, Event> byText = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .forEach(e -> byText.putIfAbsent(Texts.normalized(ctx.words.clause(e)), e));
        List<Event> chain = new ArrayList<>();
        for (Event e : byText.values()) {
            if (chain.isEmpty() || chain.getLast().date().isCertainlyBefore(e.date())) {
                chain.add(e);
            }
        }
        return chain;
    }

    /** Steps in the life of a membership or a body, whose order one knows without knowing the dates. */
    private static final Set<EventCategory> LIFECYCLE = java.util.EnumSet.of(EventCategory.SIGNING, EventCategory.RATIFICATION,
            EventCategory.ENTRY_INTO_FORCE, EventCategory.ACCESSION, EventCategory.WITHDRAWAL, EventCategory.SUSPENSION,
            EventCategory.OBSERVER_STATUS, EventCategory.ANNOUNCEMENT, EventCategory.FOUNDING, EventCategory.DISSOLUTION,
            EventCategory.BODY_CREATED, EventCategory.FORCE_CREATED, EventCategory.RENEWAL);

    /**
     * The events of a chain, leaving out any step in the life of a state's membership or of a body
     * after another step of the same state or body: "Greece joined, withdrew from the military
     * structure, returned" is put in order by logic alone.
     */
    private static List<Event> unforced(List<Event> chain) {
        List<Event> kept = new ArrayList<>();
        for (Event e : chain) {
            boolean forced = LIFECYCLE.contains(e.category()) && kept.stream().anyMatch(k -> LIFECYCLE.contains(k.category())
                    && (k.countries().stream().anyMatch(e.countries()::contains) || k.subjects().stream().anyMatch(e.subjects()::contains)));
            if (!forced) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static List<Event> distinctYears(List<Event> chain) {
        List<Event> out = new ArrayList<>();
        for (Event e : chain) {
            if (out.isEmpty() || out.getLast().date().year() < e.date().year()) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> ids(List<Event> events) {
        return new LinkedHashSet<>(events.stream().map(Event::id).toList());
    }

    private static String because(Context ctx, List<Event> items) {
        return String.join(". ", items.stream().map(ctx.words::dated).toList());
    }

    private void ordering(Context ctx, Theme t, List<Event> items) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Assertion a = i + 1 < items.size() ? new Assertion.Earlier(items.get(i).id(), items.get(i + 1).id())
                    : new Assertion.Earlier(items.get(i - 1).id(), items.get(i).id());
            options.add(new Option(Wording.option(ctx.words.clause(items.get(i))), a));
        }
        double span = items.getLast().date().year() - items.getFirst().date().year();
        ctx.draft(Area.DATES, "ordering", t.key())
                .stem("Arrange the following events " + t.about() + " in chronological order, earliest first.")
                .ordering(options).facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(because(ctx, items)).difficulty(Math.max(0.35, Math.min(0.85, 0.85 - span / 40))).emit();
    }

    private void firstOrLast(Context ctx, Theme t, List<Event> chain) {
        List<Event> odd = new ArrayList<>();
        for (int i = 1; i < chain.size(); i += 2) {
            odd.add(chain.get(i));
        }
        List<Event> items = Picks.spread(odd.size() >= 4 ? odd : chain, 4);
        if (items.size() < 4) {
            return;
        }
        boolean last = Context.stableBit("first-or-last" + t.key());
        Event key = last ? items.getLast() : items.getFirst();
        List<Option> options = new ArrayList<>();
        for (Event e : items) {
            List<Assertion> before = new ArrayList<>();
            items.stream().filter(o -> o != e)
                    .forEach(o -> before.add(last ? new Assertion.Earlier(o.id(), e.id()) : new Assertion.Earlier(e.id(), o.id())));
            options.add(new Option(Wording.option(ctx.words.clause(e)), new Assertion.All(before)));
        }
        Option keyOption = options.get(items.indexOf(key));
        ctx.draft(Area.DATES, last ? "theme-last" : "theme-first", t.key())
                .stem("Which of the following events " + t.about() + " took place " + (last ? "last" : "first") + "?")
                .singleChoice(keyOption, options.stream().filter(o -> o != keyOption).toList())
                .facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(because(ctx, items)).difficulty(0.55).emit();
    }

    private static Optional<String> subjectName(Context ctx, Theme t) {
        return ctx.facts.find(t.key()).filter(Named.class::isInstance).map(f -> ((Named) f).name());
    }

    /**
     * "Nikolai Bordyuzha suggested that Iran could join the CSTO" among events concerning him: the stem has named him, and
     * "Nikolai Bordyuzha, the CSTO Secretary General, …" on every line only repeats it.
     */
    static String withoutAppositive(String clause, Optional<String> name) {
        if (name.isEmpty() || !clause.startsWith(name.get() + ", ")) {
            return clause;
        }
        int end = clause.indexOf(", ", name.get().length() + 2);
        return end < 0 ? clause : name.get() + " " + clause.substring(end + 2);
    }

    private void matching(Context ctx, Theme t, List<Event> items) {
        Draft d = ctx.draft(Area.DATES, "matching-year", t.key());
        List<String> keys = items.stream().map(e -> Integer.toString(e.date().year())).toList();
        int lo = items.getFirst().date().year();
        int hi = items.getLast().date().year();
        List<Long> extraPool = ctx.facts.events().stream().map(e -> (long) e.date().year()).distinct()
                .filter(y -> y >= lo - 3 && y <= hi + 3 && y >= t.fromYear() && y <= t.toYear()
                        && !keys.contains(Long.toString(y))).toList();
        List<Long> shown = new java.util.ArrayList<>(keys.stream().map(Long::parseLong).toList());
        List<Long> fitting = extraPool.stream().filter(y -> {
            List<Long> all = new java.util.ArrayList<>(shown);
            all.add(y);
            return !Picks.evenlySpaced(all);
        }).toList();
        if (fitting.isEmpty()) {
            return;
        }
        List<String> extra = Picks.random(fitting, 1, d.random).stream().map(String::valueOf).toList();
        d.stem("Match each event " + t.about() + " with the year in which it took place.")
                .matching(items.stream().map(e -> Wording.option(withoutAppositive(ctx.words.clause(e), subjectName(ctx, t)))).toList(), keys, extra,
                        (i, year) -> new Assertion.EventDate(items.get(i).id(), PartialDate.ofYear(Integer.parseInt(year))))
                .facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(because(ctx, items)).difficulty(0.6).emit();
    }
}
