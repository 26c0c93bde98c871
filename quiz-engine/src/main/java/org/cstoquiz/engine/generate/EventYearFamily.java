package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.engine.question.Numeric;

/**
 * The year of an event: chosen among the real years of related events, typed, and as a true/false
 * statement (false only for acts that happen once, so that another year is contradicted).
 */
final class EventYearFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Event e : Events.asked(ctx)) {
            if (!Events.dateAskable(e)) {
                continue;
            }
            String sentence = Texts.sentence(ctx.words.clause(e));
            String year = Integer.toString(e.date().year());
            Assertion right = new Assertion.EventDate(e.id(), PartialDate.ofYear(e.date().year()));
            choice(ctx, e, sentence, right);
            ctx.draft(Context.area(e), "event-year-numeric", e.id()).hint(year)
                    .stem(ctx.words.askedRelative(e, "Enter the year in which")
                            .orElse("Enter the year in which the following took place: " + sentence))
                    .numeric(Numeric.exactly(e.date().year()), right)
                    .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                    .difficulty(0.7).emit();
            trueFalse(ctx, e, right);
        }
    }

    private void choice(Context ctx, Event e, String sentence, Assertion right) {
        Draft d = ctx.draft(Context.area(e), "event-year", e.id());
        long key = e.date().year();
        List<Long> candidates = Events.yearCandidates(ctx, e, 3);
        // none far beyond the nearest real years: "2010" among 2014, 2015 and 2020 is picked by elimination when 2009 and
        // 2007 were there to offer
        long third = Picks.thirdNearestDistance(key, candidates);
        List<Long> near = candidates.stream().filter(y -> Math.abs(y - key) <= Math.max(2 * third, 3)).toList();
        Optional<List<Long>> others = Picks.unevenNear(key, near, 3, d.random).or(() -> Picks.unevenNear(key, candidates, 3, d.random));
        if (others.isEmpty()) {
            ctx.cannotAsk(e.id(), "too few years of related events to offer");
            return;
        }
        List<Long> years = new ArrayList<>(others.get());
        years.add(key);
        years.sort(Long::compare);
        List<Option> options = years.stream().map(y -> new Option(Long.toString(y),
                new Assertion.EventDate(e.id(), PartialDate.ofYear(y.intValue())))).toList();
        d.hint(Long.toString(key)).stem(ctx.words.asked(e, "In which year")
                        .orElse("In which year did the following take place? " + sentence))
                .singleChoiceInOrder(options, years.indexOf(key))
                .facts(e.id()).cite(e.citations()).because(ctx.words.dated(e))
                .difficulty(Picks.closeness(others.get(), y -> y - key, 6))
                .emit();
    }

    private void trueFalse(Context ctx, Event e, Assertion right) {
        int year = e.date().year();
        List<Long> wrongYears = Events.yearCandidates(ctx, e, 1).stream()
                .sorted((a, b) -> Long.compare(Math.abs(a - year), Math.abs(b - year))).toList();
        String clause = ctx.words.clause(e);
        Optional<Integer> falseYear = e.category().isOneOff() && !wrongYears.isEmpty()
                ? Optional.of(wrongYears.getFirst().intValue()) : Optional.empty();
        String trueText = Texts.sentence(Wording.dated(PartialDate.ofYear(year), clause));
        if (Events.optionable(ctx, e)) {
            ctx.candidate(falseYear.map(y -> StatementCandidate.both(Context.area(e), e.id(), trueText, right,
                            Texts.sentence(Wording.dated(PartialDate.ofYear(y), clause)),
                            new Assertion.EventDate(e.id(), PartialDate.ofYear(y)), e.citations()))
                    .orElseGet(() -> StatementCandidate.trueOnly(Context.area(e), e.id(), trueText, right, e.citations())));
        }
        if (falseYear.isEmpty() && ctx.typesSoFar(e.id()).size() >= 2) {
            return; // it could only be put truly: a weak item where better ones ask it
        }
        boolean truth = falseYear.isEmpty() || Context.statesTheFact("year-tf" + e.id());
        int shown = truth ? year : falseYear.get();
        ctx.draft(Context.area(e), "event-year-tf", e.id()).hint(Integer.toString(year))
                .stem("True or false? " + Texts.sentence(Wording.dated(PartialDate.ofYear(shown), clause)))
                .trueFalse(new Assertion.EventDate(e.id(), PartialDate.ofYear(shown)), truth)
                .facts(e.id()).cite(e.citations())
                .because(ctx.words.dated(e) + (truth ? "" : ", not in " + shown))
                .difficulty(truth ? 0.35 : 0.3 + 0.1 * Math.max(0, 4 - Math.abs(shown - year)))
                .emit();
    }
}
