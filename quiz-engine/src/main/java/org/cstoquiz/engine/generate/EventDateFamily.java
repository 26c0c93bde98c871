package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;

/**
 * The month or the day of an event known that precisely, chosen among the dates of related events
 * (Georgia's signature against Azerbaijan's and Belarus's), never among invented dates.
 */
final class EventDateFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Event e : Events.asked(ctx)) {
            if (e.date().supports(Precision.MONTH) && Events.dateAskable(e)) {
                choice(ctx, e);
            }
        }
    }

    private void choice(Context ctx, Event e) {
        PartialDate key = e.date();
        boolean day = key.precision() == Precision.DAY;
        Draft d = ctx.draft(Context.area(e), day ? "event-day" : "event-month", e.id());
        List<PartialDate> pool = Events.dateCandidates(ctx, e);
        List<Long> ordinals = pool.stream().map(Events::ordinal).toList();
        // the nearest real dates, where the sources give enough of them: "9 December 1993" among 2 April 1999 and 14 May
        // 2002 is found by elimination, among 24 September and 31 December 1993 it is known or not
        long at = Events.ordinal(key);
        long third = Picks.thirdNearestDistance(at, ordinals);
        long reach = Math.max(2 * third, day ? 366 : 12);
        // "21 July 2010" among dates of 2002, 2009 and 2015 asks the year, which the year question asks: the day or
        // month is asked where another date of its year is offered
        java.util.function.Predicate<List<Long>> ofItsYear = p -> p.stream().anyMatch(o -> pool.get(ordinals.indexOf(o)).year() == key.year());
        Optional<List<Long>> picked = Picks.unevenNear(at, ordinals.stream().filter(o -> Math.abs(o - at) <= reach).toList(), 3, d.random, ofItsYear)
                .or(() -> Picks.unevenNear(at, ordinals, 3, d.random, ofItsYear));
        if (picked.isEmpty()) {
            ctx.cannotAsk(e.id(), "too few related events dated as precisely, one of its year among them");
            return;
        }
        if (outlier(Events.ordinal(key), picked.get(), day ? 365 * 2 : 24)) {
            ctx.cannotAsk(e.id(), "the related events dated as precisely are all years away from it");
            return;
        }
        List<PartialDate> dates = new ArrayList<>();
        dates.add(key);
        for (long o : picked.get()) {
            dates.add(pool.get(ordinals.indexOf(o)));
        }
        dates.sort(Comparator.naturalOrder());
        // the stem must not give the date away: the title is shown without it
        List<Option> options = dates.stream().map(x -> new Option(x.display(), new Assertion.EventDate(e.id(), x))).toList();
        String scale = day ? "On which date" : "In which month and year";
        String sentence = Texts.sentence(ctx.words.clause(e));
        d.hint(key.display().split(" ")).stem(ctx.words.asked(e, scale).orElse(scale + " did the following take place? " + sentence))
                .singleChoiceInOrder(options, dates.indexOf(key))
                .precision(key.precision())
                .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                .difficulty(Math.min(0.9, Picks.closeness(picked.get(), o -> o - Events.ordinal(key), day ? 120 : 6) + 0.1))
                .emit();
    }

    /**
     * Whether the key stands apart from every other option: 19 March 2015 among three dates of 2009 and
     * 2010 is the one after the conflict it concerns began, found without knowing the event. It does
     * when its nearest option is more than {@code apart} away and farther than the others are from one another.
     */
    static boolean outlier(long key, List<Long> others, long apart) {
        long nearest = others.stream().mapToLong(o -> Math.abs(o - key)).min().orElseThrow();
        long spread = others.stream().mapToLong(Long::longValue).max().orElseThrow() - others.stream().mapToLong(Long::longValue).min().orElseThrow();
        boolean oneSide = others.stream().allMatch(o -> o < key) || others.stream().allMatch(o -> o > key);
        return oneSide && nearest > apart && nearest > spread;
    }
}
