package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;

/** What the event families share: which events are asked, which are related, which dates to offer. */
final class Events {

    private static final Pattern HAS_NUMBER = Pattern.compile("\\d{3,}|\\d,\\d{3}");

    private Events() {
    }

    /** The exam-worthy events, in date order. */
    static List<Event> asked(Context ctx) {
        return ctx.facts.events().stream().filter(e -> ctx.examWorthy(e.id())).toList();
    }

    /** "NATO marked its 75th anniversary": the year follows from the founding by arithmetic, so it is not asked. */
    static boolean datesItself(Event e) {
        return ANNIVERSARY.matcher(e.title()).find();
    }

    /** Whether the event's year or date may be asked: not where arithmetic gives it, nor where the act comes round again. */
    static boolean dateAskable(Event e) {
        return !datesItself(e) && !e.category().comesRoundAgain();
    }

    private static final java.util.regex.Pattern ANNIVERSARY = java.util.regex.Pattern.compile("(?i)\\b\\d+(st|nd|rd|th) anniversary\\b");

    /** An event's clause usable as an option or an item: no number in it that could hint at a date. */
    static boolean optionable(Context ctx, Event e) {
        return !HAS_NUMBER.matcher(ctx.words.clause(e)).find();
    }

    /**
     * Whether two events are of one topic: a subject or a state in common, a state named in a title counting too
     * (Lukashenko's doubts "for failing to prevent the overthrow of … the President of Kyrgyzstan" beside the Kyrgyz crisis).
     */
    static boolean sameTopic(Context ctx, Event a, Event b) {
        Set<String> ofA = topics(ctx, a);
        return topics(ctx, b).stream().anyMatch(ofA::contains);
    }

    /** Worked out once per event: the years' questions compare every pair of a year's events. */
    private static Set<String> topics(Context ctx, Event e) {
        return ctx.memo("topics|" + e.id(), () -> {
            Set<String> out = new java.util.HashSet<>(e.subjects());
            out.addAll(e.countries());
            ctx.facts.countries().stream().filter(c -> c.allNames().stream().anyMatch(n -> Texts.containsWords(e.title(), Names.bare(n))))
                    .forEach(c -> out.add(c.id()));
            return Set.copyOf(out);
        });
    }

    /** How closely two events are related: shared subjects count most, then shared states and the kind of event. */
    static int relatedness(Event a, Event b) {
        int score = 0;
        for (String s : a.subjects()) {
            if (b.subjects().contains(s)) {
                score += 3;
            }
        }
        for (String c : a.countries()) {
            if (b.countries().contains(c)) {
                score += 1;
            }
        }
        if (a.category() == b.category()) {
            score += 1;
        }
        return score;
    }

    /** Other events, the most closely related first. */
    static List<Event> related(Context ctx, Event e) {
        return ctx.memo("related|" + e.id(), () -> ctx.facts.events().stream().filter(x -> x != e && relatedness(e, x) > 0)
                .map(x -> java.util.Map.entry(x, relatedness(e, x)))
                .sorted(Comparator.comparingInt((java.util.Map.Entry<Event, Integer> x) -> -x.getValue())
                        .thenComparingLong(x -> Math.abs(x.getKey().date().year() - e.date().year())))
                .map(java.util.Map.Entry::getKey).toList());
    }

    /**
     * Years to offer beside the event's own: the years of related events, then (if too few) of any
     * event of the pack; never a year a source claims for the event.
     */
    private static final int NEAR_YEARS = 6;

    static List<Long> yearCandidates(Context ctx, Event e, int needed) {
        long earliest = Math.max(ctx.words.earliestYearFor(e).orElse(Integer.MIN_VALUE), firstYearOfItsSubjects(ctx, e));
        java.util.function.LongPredicate possible = y -> y != e.date().year() && y >= earliest
                && !ctx.disputed(Long.toString(y), List.of(e.id()));
        Set<Long> years = new LinkedHashSet<>();
        related(ctx, e).stream().mapToLong(x -> x.date().year()).filter(possible).forEach(years::add);
        // too few near ones ("2020" and "2024" for a step of 2008): other events' years too, the nearest picked after
        if (years.stream().filter(y -> Math.abs(y - e.date().year()) <= NEAR_YEARS).count() < needed + 1) {
            ctx.facts.events().stream().mapToLong(x -> x.date().year()).filter(possible).forEach(years::add);
        }
        return List.copyOf(years);
    }

    /**
     * The year the first event of what the event is about took place: Belarus signed the agreement on the Collective
     * Rapid Reaction Force in no year before the agreement was reached (2009); people and states were there before.
     */
    static long firstYearOfItsSubjects(Context ctx, Event e) {
        return e.subjects().stream().filter(id -> ctx.facts.find(id)
                        .filter(f -> !(f instanceof org.cstoquiz.domain.Person) && !(f instanceof org.cstoquiz.domain.Country)).isPresent())
                .flatMap(id -> ctx.facts.events().stream().filter(x -> x.subjects().contains(id) && x.date().isCertainlyBefore(e.date())))
                .mapToLong(x -> x.date().year()).min().orElse(Integer.MIN_VALUE);
    }

    /**
     * Dates at the event's own precision (months or days) of related events, for "on which date"
     * questions: the real dates of related acts, never a grid of invented ones.
     */
    static List<PartialDate> dateCandidates(Context ctx, Event e) {
        Precision p = e.date().precision();
        long earliest = Math.max(ctx.words.earliestYearFor(e).orElse(Integer.MIN_VALUE), firstYearOfItsSubjects(ctx, e));
        List<PartialDate> out = new ArrayList<>();
        for (Event x : related(ctx, e)) {
            if (x.date().precision() == p && !x.date().equals(e.date()) && !out.contains(x.date()) && x.date().year() >= earliest
                    && !ctx.disputed(x.date().display(), List.of(e.id()))) {
                out.add(x.date());
            }
        }
        return out;
    }

    /** Days since an epoch at the date's precision (months count from year 0), for spacing checks. */
    static long ordinal(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> d.year();
            case MONTH -> d.year() * 12L + d.month().getAsInt();
            case DAY -> d.earliest().toEpochDay();
        };
    }
}
