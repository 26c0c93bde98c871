package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.PartialDate;

/**
 * "Which of the following took place in 2009?" (one or several keys) and "Which did NOT take place
 * in 2009?". Events offered as not of that year are acts that happen once, so their other date
 * contradicts the year asked.
 */
final class YearEventsFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Map<Integer, List<Event>> byYear = new TreeMap<>();
        for (Event e : Events.asked(ctx)) {
            if (Events.optionable(ctx, e) && !ctx.contested(e.id())) {
                byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(e);
            }
        }
        List<Event> oneOff = Events.asked(ctx).stream()
                .filter(e -> e.category().isOneOff() && Events.optionable(ctx, e) && !ctx.contested(e.id())).toList();
        for (Map.Entry<Integer, List<Event>> entry : byYear.entrySet()) {
            int year = entry.getKey();
            List<Event> inYear = distinct(ctx, entry.getValue());
            List<Event> others = oneOff.stream().filter(x -> x.date().year() != year).toList();
            which(ctx, year, inYear, others);
            if (inYear.size() >= 3) {
                not(ctx, year, inYear, others);
            }
        }
    }

    private void which(Context ctx, int year, List<Event> inYear, List<Event> others) {
        boolean several = inYear.size() > 1;
        Draft d = ctx.draft(Area.DATES, several ? "year-events" : "year-event", Integer.toString(year));
        List<Event> keys = several ? varied(ctx, inYear, Math.min(3, inYear.size()), d) : inYear;
        keys = keys.stream().sorted(Comparator.comparing(Event::date)).toList();
        // events of the key's kind first: Armenia's announced withdrawal among three decisions on bodies stands out
        Event first = keys.getFirst();
        java.util.function.ToDoubleFunction<Event> score = x -> Math.abs(x.date().year() - year) + (several || x.category() == first.category() ? 0 : 5);
        // and no two wrong ones about one thing (the peacekeeping agreement's entry into force and its registration), which
        // stand or fall together
        List<Event> wrong = several ? apart(Picks.nearest(others, others.size(), score, d.random).stream()
                .sorted(Comparator.comparingDouble(score)).toList(), 5 - keys.size()) : unlikeEachOther(ctx, first, others, score, d);
        if (wrong.size() < (several ? 2 : 3)) {
            return;
        }
        List<Option> keyOptions = keys.stream().map(x -> option(ctx, x, year)).toList();
        List<Option> wrongOptions = wrong.stream().map(x -> option(ctx, x, year)).toList();
        if (several) {
            d.stem("Which of the following took place in " + year + "? Select all that apply.")
                    .multipleResponse(keyOptions, wrongOptions);
        } else {
            d.stem("Which of the following took place in " + year + "?").singleChoice(keyOptions.getFirst(), wrongOptions);
        }
        List<String> ids = new ArrayList<>(keys.stream().map(Event::id).toList());
        wrong.forEach(x -> ids.add(x.id()));
        d.facts(ids).cite(keys.stream().flatMap(x -> x.citations().stream().limit(1)).toList())
                .cite(wrong.stream().flatMap(x -> x.citations().stream().limit(1)).toList())
                .because(String.join(". ", keys.stream().map(ctx.words::dated).toList()) + ". The others took place in other years: "
                        + String.join("; ", wrong.stream().map(x -> x.date().display() + ", " + Texts.clause(ctx.words.clause(x))).toList()))
                .timeFrame(PartialDate.ofYear(year))
                .difficulty(Picks.closeness(wrong, x -> x.date().year() - year, 6)).emit();
    }

    /**
     * Three wrong events, no two of one mould unless it is the key's: "the Treaty entered into force" beside three
     * states that "signed the Collective Security Treaty" is found by its wording alone.
     */
    private static List<Event> unlikeEachOther(Context ctx, Event key, List<Event> others, java.util.function.ToDoubleFunction<Event> score, Draft d) {
        String keys = ending(ctx, key);
        java.util.Set<String> moulds = new java.util.HashSet<>();
        List<Event> wrong = new ArrayList<>();
        for (Event x : Picks.nearest(others, others.size(), score, d.random).stream().sorted(Comparator.comparingDouble(score)).toList()) {
            String mould = ending(ctx, x);
            if (wrong.size() < 3 && (mould.equals(keys) || moulds.add(mould))) {
                wrong.add(x);
            }
        }
        return wrong;
    }


    /** {@code n} events of the year, no three of one topic where the year has others (three acts of the Kyrgyz crisis). */
    private static List<Event> varied(Context ctx, List<Event> inYear, int n, Draft d) {
        List<Event> picked = new ArrayList<>();
        for (Event x : Picks.random(inYear, inYear.size(), d.random)) {
            if (picked.size() < n && picked.stream().filter(t -> Events.sameTopic(ctx, t, x)).count() <= 1) {
                picked.add(x);
            }
        }
        return picked.size() == n ? picked : Picks.random(inYear, n, d.random);
    }

    /** The first {@code n} events no two of which share a subject. */
    private static List<Event> apart(List<Event> ranked, int n) {
        List<Event> picked = new ArrayList<>();
        for (Event x : ranked) {
            if (picked.size() < n && picked.stream().noneMatch(t -> t.subjects().stream().anyMatch(x.subjects()::contains))) {
                picked.add(x);
            }
        }
        return picked;
    }

    private void not(Context ctx, int year, List<Event> inYear, List<Event> others) {
        Draft d = ctx.draft(Area.DATES, "year-not-event", Integer.toString(year));
        // three of more than one topic where the year has them: three acts of the Kyrgyz crisis beside a registration at
        // the UN let the odd one out be found by its topic
        List<Event> three = varied(ctx, inYear, 3, d);
        // three signings of one treaty beside an entry into force: the key shares their mould where one does
        String mould = ending(ctx, three.getFirst());
        boolean alike = three.stream().allMatch(x -> ending(ctx, x).equals(mould));
        // and of their topic where one is near: a registration at the UN beside three acts of the Kyrgyz crisis stands out
        List<Event> odd = Picks.nearest(others, 1, x -> Math.abs(x.date().year() - year)
                + (alike && !ending(ctx, x).equals(mould) ? 100 : 0)
                + (three.stream().anyMatch(t -> Events.relatedness(t, x) > 1) ? 0 : 3), d.random);
        // three signings beside an entry into force: where no event of their mould took place in another year, the
        // odd one out would be found by its wording alone
        if (odd.isEmpty() || alike && !ending(ctx, odd.getFirst()).equals(mould)) {
            return;
        }
        Event key = odd.getFirst();
        List<String> ids = new ArrayList<>(List.of(key.id()));
        three.forEach(x -> ids.add(x.id()));
        d.stem("Which of the following did NOT take place in " + year + "?")
                .singleChoice(new Option(Wording.option(ctx.words.clause(key)),
                                new Assertion.Not(new Assertion.EventDate(key.id(), PartialDate.ofYear(year)))),
                        three.stream().map(x -> new Option(Wording.option(ctx.words.clause(x)),
                                new Assertion.Not(new Assertion.EventDate(x.id(), PartialDate.ofYear(year))))).toList())
                .facts(ids).cite(key.citations().subList(0, 1))
                .cite(three.stream().flatMap(x -> x.citations().stream().limit(1)).toList())
                .because(ctx.words.dated(key) + ". The others took place in " + year + ".")
                .timeFrame(PartialDate.ofYear(year)).difficulty(0.5).emit();
    }

    /** The last three words of the event as an option reads: "signed the Collective Security Treaty". */
    private static String ending(Context ctx, Event e) {
        String[] words = Texts.clause(ctx.words.clause(e)).split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
    }

    private static Option option(Context ctx, Event e, int year) {
        return new Option(Wording.option(ctx.words.clause(e)), new Assertion.EventDate(e.id(), PartialDate.ofYear(year)));
    }

    /** One event per wording (two records of one happening would make two keys read alike). */
    private static List<Event> distinct(Context ctx, List<Event> events) {
        Map<String, Event> byText = new LinkedHashMap<>();
        events.forEach(e -> byText.putIfAbsent(Texts.normalized(ctx.words.clause(e)), e));
        return List.copyOf(byText.values());
    }
}
