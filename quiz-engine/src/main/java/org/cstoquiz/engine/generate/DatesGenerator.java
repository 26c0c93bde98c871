package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Numeric;

/**
 * Dates: when each event happened (year, month where known), where, which events fall in a year,
 * and the order of events on one theme.
 */
final class DatesGenerator implements AreaGenerator {

    static final int EARLIEST_YEAR = 1990;
    static final int LATEST_YEAR = 2025;
    private static final Pattern HAS_NUMBER = Pattern.compile("\\d{3,}|\\d,\\d{3}");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @Override
    public void generate(Context ctx) {
        List<Event> events = ctx.facts.events().stream().filter(e -> Context.area(e) == Area.DATES).toList();
        for (Event e : events) {
            String s = Phrases.past(e);
            yearChoice(ctx, e, s);
            yearNumeric(ctx, e, s);
            yearTrueFalse(ctx, e, s);
            month(ctx, e, s);
            monthTrueFalse(ctx, e, s);
            day(ctx, e, s);
            place(ctx, e, s);
            country(ctx, e, s);
        }
        eventsInYear(ctx, events);
        themes(ctx, events);
        gaps(ctx, events);
    }

    private void monthTrueFalse(Context ctx, Event e, String s) {
        if (!e.date().supports(Precision.MONTH) || !optionable(e)) {
            return;
        }
        int month = e.date().month().getAsInt();
        boolean truth = Context.stableBit("month-tf" + e.id());
        Draft d = ctx.draft(Area.DATES, "event-month-tf", e.id());
        int asked = month;
        if (!truth) {
            int delta = d.random.nextBoolean() ? 2 : -2;
            asked = month + delta;
            if (asked < 1 || asked > 12) {
                asked = month - delta;
            }
        }
        PartialDate date = PartialDate.ofMonth(e.date().year(), asked);
        d.hint(Integer.toString(e.date().year()), MONTHS[month - 1]).stem("True or false? " + dated(date, s) + ".")
                .trueFalse(new Claim.EventDate(e.id(), date), truth)
                .precision(Precision.MONTH)
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s) + (truth ? "" : ", not in " + date.display()))
                .difficulty(0.55).emit();
    }

    private void day(Context ctx, Event e, String s) {
        if (!e.date().supports(Precision.DAY)) {
            return;
        }
        int day = e.date().day().getAsInt();
        int year = e.date().year();
        int month = e.date().month().getAsInt();
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        Draft d = ctx.draft(Area.DATES, "event-day", e.id());
        int keyIndex = d.random.nextInt(4);
        int step = 3 + d.random.nextInt(4);
        int first = day - keyIndex * step;
        while (first < 1) {
            first += step;
        }
        while (first + 3 * step > length) {
            first -= step;
        }
        if (first < 1) {
            return;
        }
        List<Option> options = new ArrayList<>();
        int key = -1;
        for (int k = 0; k < 4; k++) {
            int dd = first + k * step;
            if (dd == day) {
                key = k;
            }
            options.add(new Option(PartialDate.ofDay(year, month, dd).display(), new Claim.EventDate(e.id(), PartialDate.ofDay(year, month, dd))));
        }
        if (key < 0) {
            // the key does not fall on the grid: put it in place of the nearest option
            int nearest = 0;
            for (int k = 1; k < 4; k++) {
                if (Math.abs(first + k * step - day) < Math.abs(first + nearest * step - day)) {
                    nearest = k;
                }
            }
            options.set(nearest, new Option(e.date().display(), new Claim.EventDate(e.id(), e.date())));
            key = nearest;
        }
        d.hint(Integer.toString(year), MONTHS[month - 1], Integer.toString(day)).stem("On which date did the following take place? " + Texts.sentence(s))
                .singleChoiceInOrder(options, key)
                .precision(Precision.DAY)
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(0.85).emit();
    }

    /** "Which state ..." for events of one named country outside the membership categories. */
    private void country(Context ctx, Event e, String s) {
        if (e.countries().size() != 1) {
            return;
        }
        java.util.Set<org.cstoquiz.domain.EventCategory> own = java.util.EnumSet.of(org.cstoquiz.domain.EventCategory.CRISIS,
                org.cstoquiz.domain.EventCategory.STATEMENT, org.cstoquiz.domain.EventCategory.DEPLOYMENT,
                org.cstoquiz.domain.EventCategory.DECISION, org.cstoquiz.domain.EventCategory.INVOCATION,
                org.cstoquiz.domain.EventCategory.MEETING, org.cstoquiz.domain.EventCategory.SUMMIT);
        if (!own.contains(e.category())) {
            return;
        }
        Country c = ctx.facts.get(e.countries().getFirst(), Country.class);
        String blanked = s;
        for (String n : c.allNames().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            blanked = blanked.replaceAll("(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])", "____");
        }
        String adjective = c.name().replaceAll("stan$", "");
        if (blanked.equals(s) || blanked.indexOf("____") != blanked.lastIndexOf("____") || blanked.contains(adjective)) {
            return;
        }
        List<Country> pool = ctx.facts.countries().stream().filter(x -> x != c && !ctx.facts.membershipsOf(x.id()).isEmpty()
                && !Texts.containsWords(s, x.name())).toList();
        Draft d = ctx.draft(Area.DATES, "event-country-blank", e.id());
        List<Country> wrong = Draft.pick(pool, 3, d.random);
        if (wrong.size() < 3) {
            return;
        }
        d.stem("Which country is missing from this sentence? " + Texts.sentence(dated(e.date(), blanked)))
                .singleChoice(new Option(c.name(), new Claim.EventCountry(e.id(), c.id())),
                        wrong.stream().map(x -> new Option(x.name(), new Claim.EventCountry(e.id(), x.id()))).toList())
                .facts(e.id()).cite(e.citations()).because(dated(e.date(), s) + ".")
                .difficulty(0.4).emit();
    }

    /** "How many years after the first event did the second take place?" for events on one subject. */
    private void gaps(Context ctx, List<Event> events) {
        Map<String, List<Event>> bySubject = new TreeMap<>();
        for (Event e : events) {
            for (String sub : e.subjects()) {
                bySubject.computeIfAbsent(sub, k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (List<Event> list : bySubject.values()) {
            List<Event> sorted = list.stream().filter(DatesGenerator::optionable)
                    .sorted(Comparator.comparing(Event::date)).toList();
            for (int i = 0; i + 1 < sorted.size(); i++) {
                Event a = sorted.get(i);
                Event b = sorted.get(i + 1);
                int years = b.date().year() - a.date().year();
                if (years < 1 || !seen.add(a.id() + "|" + b.id())) {
                    continue;
                }
                ctx.draft(Area.DATES, "years-between", a.id() + "|" + b.id())
                        .stem("How many years after the first of these events did the second take place? Count the calendar years only."
                                + "\n1. " + Texts.sentence(Phrases.past(a)) + "\n2. " + Texts.sentence(Phrases.past(b)))
                        .numeric(Numeric.exactly(years), new Claim.YearsBetween(a.id(), b.id(), years))
                        .facts(a.id(), b.id()).cite(a.citations().subList(0, 1)).cite(b.citations().subList(0, 1))
                        .because(dated(a.date(), Phrases.past(a)) + "; " + Phrases.continuing(dated(b.date(), Phrases.past(b)))
                                + ": " + years + (years == 1 ? " year" : " years") + " later.")
                        .difficulty(0.7).emit();
            }
        }
    }

    // ---------------------------------------------------------------- one event

    /** "On 15 May 1992, the treaty was signed": the sentence with its date in front. */
    static String dated(PartialDate date, String sentence) {
        String prefix = date.precision() == Precision.DAY ? "On " : "In ";
        return prefix + date.display() + ", " + Phrases.continuing(sentence);
    }

    private void yearChoice(Context ctx, Event e, String s) {
        int year = e.date().year();
        Draft d = ctx.draft(Area.DATES, "event-year", e.id());
        List<Integer> years = yearOptions(ctx, e, year, 4, d.random);
        if (years.isEmpty()) {
            ctx.drop("event-year: no distractor years");
            return;
        }
        List<Option> options = years.stream()
                .map(y -> new Option(Integer.toString(y), new Claim.EventDate(e.id(), PartialDate.ofYear(y)))).toList();
        d.hint(Integer.toString(year)).stem("In which year did the following take place? " + Texts.sentence(s))
                .singleChoiceInOrder(options, years.indexOf(year))
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(yearDifficulty(years, year))
                .emit();
    }

    /**
     * {@code n} years in ascending order, the key among them at a position the random source
     * chooses, the others close to it, never disputed by a source, and within the sources' span.
     */
    static List<Integer> yearOptions(Context ctx, Event e, int year, int n, SplittableRandom random) {
        int keyIndex = random.nextInt(n);
        List<Integer> below = new ArrayList<>();
        List<Integer> above = new ArrayList<>();
        for (int y = year - 1; y >= EARLIEST_YEAR && below.size() < 8; y--) {
            if (!ctx.disputed(Integer.toString(y), List.of(e.id()))) {
                below.add(y);
            }
        }
        for (int y = year + 1; y <= LATEST_YEAR && above.size() < 8; y++) {
            if (!ctx.disputed(Integer.toString(y), List.of(e.id()))) {
                above.add(y);
            }
        }
        int wantBelow = keyIndex;
        int wantAbove = n - 1 - keyIndex;
        if (below.size() < wantBelow) {
            wantAbove += wantBelow - below.size();
            wantBelow = below.size();
        }
        if (above.size() < wantAbove) {
            wantBelow += wantAbove - above.size();
            wantAbove = above.size();
        }
        if (below.size() < wantBelow) {
            return List.of();
        }
        List<Integer> picked = new ArrayList<>();
        picked.add(year);
        picked.addAll(near(below, wantBelow, random));
        picked.addAll(near(above, wantAbove, random));
        picked.sort(Comparator.naturalOrder());
        return picked;
    }

    /** {@code k} of the candidates (nearest first), drawn from the nearest {@code k + 2}. */
    private static List<Integer> near(List<Integer> candidates, int k, SplittableRandom random) {
        List<Integer> pool = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), k + 2)));
        return Draft.pick(pool, k, random);
    }

    static double yearDifficulty(List<Integer> years, int key) {
        double mean = years.stream().filter(y -> y != key).mapToInt(y -> Math.abs(y - key)).average().orElse(5);
        return 0.3 + 0.5 * Math.max(0, 1 - (mean - 1) / 5);
    }

    private void yearNumeric(Context ctx, Event e, String s) {
        ctx.draft(Area.DATES, "event-year-numeric", e.id()).hint(Integer.toString(e.date().year()))
                .stem("Enter the year in which the following took place: " + Texts.sentence(Phrases.continuing(s)))
                .numeric(Numeric.exactly(e.date().year()), new Claim.EventDate(e.id(), PartialDate.ofYear(e.date().year())))
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(0.7)
                .emit();
    }

    private void yearTrueFalse(Context ctx, Event e, String s) {
        int year = e.date().year();
        boolean truth = Context.stableBit(e.id());
        Draft d = ctx.draft(Area.DATES, "event-year-tf", e.id());
        int asked = year;
        if (!truth) {
            List<Integer> wrong = new ArrayList<>();
            for (int delta : new int[] {-3, -2, -1, 1, 2, 3}) {
                int y = year + delta;
                if (y >= EARLIEST_YEAR && y <= LATEST_YEAR && !ctx.disputed(Integer.toString(y), List.of(e.id()))) {
                    wrong.add(y);
                }
            }
            if (wrong.isEmpty()) {
                ctx.drop("event-year-tf: no false year");
                return;
            }
            asked = wrong.get(d.random.nextInt(wrong.size()));
        }
        int falseYear = truth ? (year + 2 <= LATEST_YEAR ? year + 2 : year - 2) : asked;
        if (optionable(e) && !ctx.disputed(Integer.toString(falseYear), List.of(e.id()))) {
            ctx.candidate(new Context.Candidate(Area.DATES, e.id(), dated(PartialDate.ofYear(year), s) + ".",
                    new Claim.EventDate(e.id(), PartialDate.ofYear(year)), dated(PartialDate.ofYear(falseYear), s) + ".",
                    new Claim.EventDate(e.id(), PartialDate.ofYear(falseYear)), e.citations(), Optional.empty()));
        }
        d.hint(Integer.toString(year)).stem("True or false? " + dated(PartialDate.ofYear(asked), s) + ".")
                .trueFalse(new Claim.EventDate(e.id(), PartialDate.ofYear(asked)), truth)
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s) + (truth ? "" : ", not in " + asked))
                .difficulty(truth ? 0.3 : 0.3 + 0.1 * (4 - Math.abs(asked - year)))
                .emit();
    }

    private void month(Context ctx, Event e, String s) {
        if (!e.date().supports(Precision.MONTH)) {
            return;
        }
        int month = e.date().month().getAsInt();
        Draft d = ctx.draft(Area.DATES, "event-month", e.id());
        int keyIndex = d.random.nextInt(4);
        int first = Math.max(1, Math.min(12 - 3, month - keyIndex));
        List<Option> options = new ArrayList<>();
        int key = -1;
        for (int m = first; m < first + 4; m++) {
            if (m == month) {
                key = options.size();
            }
            options.add(new Option(MONTHS[m - 1], new Claim.EventDate(e.id(), PartialDate.ofMonth(e.date().year(), m))));
        }
        d.hint(Integer.toString(e.date().year()), MONTHS[month - 1]).stem("In which month of " + e.date().year() + " did the following take place? " + Texts.sentence(s))
                .singleChoiceInOrder(options, key)
                .precision(Precision.MONTH)
                .facts(e.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(0.75)
                .emit();
    }

    // ---------------------------------------------------------------- places

    private static boolean isCity(Context ctx, Place p) {
        if (!Character.isUpperCase(p.name().charAt(0))) {
            return false;
        }
        boolean region = ctx.facts.events().stream().anyMatch(e -> e.place().filter(p.id()::equals).isPresent()
                && !Phrases.atVenue(e.category()) || e.subjects().contains(p.id()));
        return !region;
    }

    private void place(Context ctx, Event e, String s) {
        if (e.place().isEmpty()) {
            return;
        }
        Place place = ctx.facts.get(e.place().get(), Place.class);
        List<String> countryNames = place.country().flatMap(ctx.facts::country).map(Country::allNames).orElse(List.of());
        Optional<String> without = Phrases.withoutPlace(s, place.allNames(), countryNames);
        if (without.isEmpty()) {
            ctx.drop("event-place: place not removable from the sentence");
            return;
        }
        boolean city = isCity(ctx, place);
        List<Place> pool = ctx.facts.places().stream()
                .filter(p -> !p.id().equals(place.id()) && isCity(ctx, p) == city && !p.sharesNameWith(place))
                .toList();
        Draft d = ctx.draft(Area.DATES, "event-place", e.id());
        List<Place> distractors = Draft.pickBalanced(pool, 3, d.random, place.name().length(), p -> p.name().length());
        if (distractors.size() < 3) {
            ctx.drop("event-place: too few places of the same kind");
            return;
        }
        String sentence = Texts.sentence(without.get());
        d.hint(place.name()).stem((city ? "In which city did the following take place? " : "Where did the following take place? ") + sentence)
                .singleChoice(new Option(place.name(), new Claim.EventPlace(e.id(), place.id())),
                        distractors.stream().map(p -> new Option(p.name(), new Claim.EventPlace(e.id(), p.id()))).toList())
                .facts(e.id(), place.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(0.45)
                .emit();
        boolean truth = Context.stableBit("place-tf" + e.id());
        Place shownPlace = truth ? place : distractors.getFirst();
        ctx.draft(Area.DATES, "event-place-tf", e.id()).hint(place.name())
                .stem("True or false? The following took place in " + shownPlace.name() + ": " + Texts.sentence(Phrases.continuing(without.get())))
                .trueFalse(new Claim.EventPlace(e.id(), shownPlace.id()), truth)
                .facts(e.id(), place.id()).cite(e.citations())
                .because(dated(e.date(), s))
                .difficulty(0.35).emit();
        if (city) {
            ctx.draft(Area.DATES, "event-place-short", e.id()).hint(place.name())
                    .stem("Name the city in which the following took place: " + Texts.sentence(Phrases.continuing(without.get())))
                    .shortAnswer(place.allNames(), new Claim.EventPlace(e.id(), place.id()))
                    .facts(e.id(), place.id()).cite(e.citations())
                    .because(dated(e.date(), s))
                    .difficulty(0.65)
                    .emit();
        }
    }

    // ---------------------------------------------------------------- several events

    /** An event's sentence usable as an option: no number in it that could hint at a date. */
    private static boolean optionable(Event e) {
        return !HAS_NUMBER.matcher(Phrases.past(e)).find();
    }

    private void eventsInYear(Context ctx, List<Event> events) {
        Map<Integer, List<Event>> byYear = new TreeMap<>();
        for (Event e : events) {
            if (optionable(e)) {
                byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(e);
            }
        }
        List<Event> all = byYear.values().stream().flatMap(List::stream).toList();
        for (Map.Entry<Integer, List<Event>> entry : byYear.entrySet()) {
            int year = entry.getKey();
            List<Event> inYear = dedupeByText(entry.getValue());
            Draft d = ctx.draft(Area.DATES, inYear.size() == 1 ? "year-event" : "year-events", Integer.toString(year));
            List<Event> others = all.stream().filter(x -> x.date().year() != year && Math.abs(x.date().year() - year) <= 6).toList();
            List<Event> keys = inYear.size() <= 3 ? inYear : Draft.pick(inYear, 3, d.random);
            keys = keys.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
            int keyLength = keys.stream().mapToInt(x -> Phrases.past(x).length()).max().orElse(0);
            List<Event> wrong = Draft.pickBalanced(others, inYear.size() == 1 ? 3 : 5 - keys.size(), d.random,
                    keyLength, x -> Phrases.past(x).length());
            if (wrong.size() < (inYear.size() == 1 ? 3 : 2)) {
                continue;
            }
            List<Option> keyOptions = keys.stream().map(x -> yearOption(x, year)).toList();
            List<Option> wrongOptions = wrong.stream().map(x -> yearOption(x, year)).toList();
            List<String> ids = new ArrayList<>();
            keys.forEach(x -> ids.add(x.id()));
            wrong.forEach(x -> ids.add(x.id()));
            List<String> because = keys.stream().map(x -> dated(x.date(), Phrases.past(x))).toList();
            if (inYear.size() == 1) {
                d.stem("Which of the following took place in " + year + "?")
                        .singleChoice(keyOptions.getFirst(), wrongOptions);
            } else {
                d.stem("Which of the following took place in " + year + "? Select all that apply.")
                        .multipleResponse(keyOptions, wrongOptions);
            }
            if (inYear.size() >= 3) {
                Draft n = ctx.draft(Area.DATES, "year-not-event", Integer.toString(year));
                List<Event> three = Draft.pick(inYear, 3, n.random);
                Event odd = others.get(n.random.nextInt(others.size()));
                n.stem("Which of the following did NOT take place in " + year + "?")
                        .singleChoice(new Option(Phrases.past(odd), new Claim.Not(new Claim.EventDate(odd.id(), PartialDate.ofYear(year)))),
                                three.stream().map(x -> new Option(Phrases.past(x), new Claim.Not(new Claim.EventDate(x.id(),
                                        PartialDate.ofYear(year))))).toList())
                        .facts(odd.id()).cite(odd.citations())
                        .because(dated(odd.date(), Phrases.past(odd)) + ". The others took place in " + year + ".")
                        .timeFrame(PartialDate.ofYear(year)).difficulty(0.5).emit();
            }
            d.facts(ids).cite(keys.stream().flatMap(x -> x.citations().stream()).toList())
                    .because(String.join(". ", because)
                            + ". The other events took place in other years: "
                            + String.join("; ", wrong.stream().map(x -> x.date().display() + " (" + Texts.clause(shorten(x)) + ")").toList()))
                    .timeFrame(PartialDate.ofYear(year))
                    .difficulty(0.5)
                    .emit();
        }
    }

    private static String shorten(Event e) {
        String s = Phrases.past(e);
        return s.length() > 80 ? s.substring(0, s.lastIndexOf(' ', 77)) + " …" : s;
    }

    private static Option yearOption(Event e, int year) {
        return new Option(Phrases.past(e), new Claim.EventDate(e.id(), PartialDate.ofYear(year)));
    }

    private static List<Event> dedupeByText(List<Event> events) {
        Map<String, Event> byText = new LinkedHashMap<>();
        events.forEach(e -> byText.putIfAbsent(Phrases.past(e), e));
        return List.copyOf(byText.values());
    }

    // ---------------------------------------------------------------- themes: ordering and matching

    private record Theme(String key, String label, List<Event> events) {
    }

    /** "concerning Armenia", or "of the 1990s" for a decade. */
    private static String about(Theme t) {
        return t.label().startsWith("\u0000") ? t.label().substring(1) : "concerning " + t.label();
    }

    private void themes(Context ctx, List<Event> events) {
        List<Theme> themes = new ArrayList<>();
        for (Country c : ctx.facts.countries()) {
            themes.add(new Theme(c.id(), c.name(), events.stream().filter(e -> e.countries().contains(c.id())).toList()));
        }
        Map<String, List<Event>> bySubject = new TreeMap<>();
        for (Event e : events) {
            for (String s : e.subjects()) {
                bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            }
        }
        bySubject.forEach((id, list) -> {
            Fact f = ctx.facts.find(id).orElseThrow();
            if (f instanceof Named n && !(f instanceof Country)) {
                String name = n.name();
                String label = Character.isUpperCase(name.charAt(0)) && !(f instanceof org.cstoquiz.domain.Person)
                        && !name.startsWith("CSTO") && !name.equals("GUAM") ? "the " + name : name;
                themes.add(new Theme(id, label, list));
            }
        });
        for (int decade = 1990; decade <= 2020; decade += 10) {
            int from = decade;
            themes.add(new Theme("decade." + decade, "\u0000of the " + decade + "s",
                    events.stream().filter(e -> e.date().year() >= from && e.date().year() < from + 10).toList()));
        }
        Set<Set<String>> orderingSets = new LinkedHashSet<>();
        Set<Set<String>> matchingSets = new LinkedHashSet<>();
        for (Theme raw : themes) {
            // a contested event would need its source named for each item: leave it to its own questions
            Theme t = new Theme(raw.key(), raw.label(), raw.events().stream().filter(e -> !ctx.contested(e.id())).toList());
            List<Event> items = spread(t.events(), 4);
            if (items.size() < 3) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>(items.stream().map(Event::id).toList());
            if (orderingSets.add(ids)) {
                ordering(ctx, t, items);
            }
            firstOf(ctx, t);
            List<Event> distinctYears = spreadYears(t.events(), 4);
            if (distinctYears.size() >= 3
                    && matchingSets.add(new LinkedHashSet<>(distinctYears.stream().map(Event::id).toList()))) {
                matching(ctx, t, distinctYears);
            }
        }
    }

    /**
     * Up to {@code n} events of the list, spread over its span, each certainly before the next, and
     * with distinct sentences.
     */
    private static List<Event> spread(List<Event> events, int n) {
        List<Event> sorted = dedupeByText(events).stream().filter(DatesGenerator::optionable)
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        List<Event> chain = new ArrayList<>();
        for (Event e : sorted) {
            if (chain.isEmpty() || chain.getLast().date().isCertainlyBefore(e.date())) {
                chain.add(e);
            }
        }
        return evenly(chain, n);
    }

    /** Like {@link #spread} but with distinct years (for matching events to years). */
    private static List<Event> spreadYears(List<Event> events, int n) {
        List<Event> sorted = dedupeByText(events).stream().filter(DatesGenerator::optionable)
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        List<Event> chain = new ArrayList<>();
        for (Event e : sorted) {
            if (chain.isEmpty() || chain.getLast().date().year() < e.date().year()) {
                chain.add(e);
            }
        }
        return evenly(chain, n);
    }

    private static <T> List<T> evenly(List<T> list, int n) {
        if (list.size() <= n) {
            return list;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(list.get((int) Math.round(i * (list.size() - 1) / (double) (n - 1))));
        }
        return out;
    }

    /** "Which of these events concerning Armenia took place first?" with other events of the theme than the ordering's. */
    private void firstOf(Context ctx, Theme t) {
        List<Event> chain = spread(t.events(), Integer.MAX_VALUE);
        List<Event> odd = new ArrayList<>();
        for (int i = 1; i < chain.size(); i += 2) {
            odd.add(chain.get(i));
        }
        List<Event> items = evenly(odd.size() >= 4 ? odd : chain, 4);
        if (items.size() < 4) {
            return;
        }
        boolean last = Context.stableBit("first-or-last" + t.key());
        Event key = last ? items.getLast() : items.getFirst();
        List<Option> options = new ArrayList<>();
        for (Event e : items) {
            List<Claim> claims = new ArrayList<>();
            for (Event other : items) {
                if (other != e) {
                    claims.add(last ? new Claim.Earlier(other.id(), e.id()) : new Claim.Earlier(e.id(), other.id()));
                }
            }
            options.add(new Option(Phrases.past(e), new Claim.All(claims)));
        }
        Option keyOption = options.get(items.indexOf(key));
        ctx.draft(Area.DATES, last ? "theme-last" : "theme-first", t.key())
                .stem("Which of the following events " + about(t) + " took place " + (last ? "last" : "first") + "?")
                .singleChoice(keyOption, options.stream().filter(o -> o != keyOption).toList())
                .facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(String.join(". ", items.stream().map(e -> dated(e.date(), Phrases.past(e))).toList()))
                .difficulty(0.55).emit();
    }

    private void ordering(Context ctx, Theme t, List<Event> items) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Event e = items.get(i);
            Claim claim = i + 1 < items.size() ? new Claim.Earlier(e.id(), items.get(i + 1).id())
                    : new Claim.Earlier(items.get(i - 1).id(), e.id());
            options.add(new Option(Phrases.past(e), claim));
        }
        double span = items.getLast().date().year() - items.getFirst().date().year();
        ctx.draft(Area.DATES, "ordering", t.key())
                .stem("Arrange the following events " + about(t) + " in chronological order, earliest first.")
                .ordering(options)
                .facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(String.join(". ", items.stream().map(e -> dated(e.date(), Phrases.past(e))).toList()))
                .difficulty(Math.max(0.35, Math.min(0.85, 0.85 - span / 40)))
                .emit();
    }

    private void matching(Context ctx, Theme t, List<Event> items) {
        Draft d = ctx.draft(Area.DATES, "matching-year", t.key());
        List<String> prompts = items.stream().map(Phrases::past).toList();
        List<String> keyChoices = items.stream().map(e -> Integer.toString(e.date().year())).toList();
        Set<Integer> used = new LinkedHashSet<>(items.stream().map(e -> e.date().year()).toList());
        List<Integer> extraPool = new ArrayList<>();
        int lo = items.getFirst().date().year();
        int hi = items.getLast().date().year();
        for (int y = Math.max(EARLIEST_YEAR, lo - 2); y <= Math.min(LATEST_YEAR, hi + 2); y++) {
            if (!used.contains(y)) {
                extraPool.add(y);
            }
        }
        List<String> extra = Draft.pick(extraPool, 1, d.random).stream().map(String::valueOf).toList();
        d.stem("Match each event " + about(t) + " with the year in which it took place.")
                .matching(prompts, keyChoices, extra, (i, year) -> new Claim.EventDate(items.get(i).id(),
                        PartialDate.ofYear(Integer.parseInt(year))))
                .facts(items.stream().map(Event::id).toList())
                .cite(items.stream().flatMap(e -> e.citations().stream().limit(1)).toList())
                .because(String.join(". ", items.stream().map(e -> dated(e.date(), Phrases.past(e))).toList()))
                .difficulty(0.6)
                .emit();
    }

    static BigDecimal year(int y) {
        return BigDecimal.valueOf(y);
    }
}
