package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Qualifier;
import org.cstoquiz.engine.question.Numeric;

/**
 * One figure, always with its unit and time frame: chosen among the values of like figures (other
 * states' personnel), typed (approximate figures within a tolerance), and as a true/false statement.
 * A figure known only as "more than" or "up to" is stated, never offered against other values.
 */
final class FigureFamily implements Family {

    /** Units that measure rather than count: the typed answer needs them said ("in tons"). */
    private static final java.util.regex.Pattern MEASURES = java.util.regex.Pattern.compile(
            "(?i)\\b(tons?|tonnes?|per ?cent|percent|weeks?|days?|months?|years?|dollars?|euros?|roubles?|km|kilometres?|metres?|hours?)\\b");

    @Override
    public void generate(Context ctx) {
        // a cell of a table of four or more states' figures
        java.util.Set<Figure> cells = new java.util.HashSet<>();
        Figures.tables(ctx).values().stream().filter(t -> t.size() >= 4).forEach(cells::addAll);
        for (Figure f : ctx.facts.figures()) {
            // "3.43 per cent of GDP" from memory is a provisional estimate's last digit: compared with other states only
            if (!ctx.examWorthy(f.id()) || f.value().stripTrailingZeros().scale() > 1) {
                continue;
            }
            // "about 335 tons since 2003" on a page with no date is a running total read at no known time
            if (f.since().isPresent() && f.until().isEmpty() && f.asOf().isEmpty()) {
                ctx.cannotAsk(f.id(), "a running total with no date it was counted to");
                continue;
            }
            // "twenty-three [EU states] were NATO members in 2024": Sweden joined that March, so the count held for part of it
            if (membersChangedWithin(ctx, f)) {
                ctx.cannotAsk(f.id(), "a count of members dated to a year in which the members changed");
                continue;
            }
            // one cell of a table of states ("Belarus's active personnel, 2018") is compared with the others (ranked,
            // matched), never asked alone: one state's exact figure is trivia
            boolean cell = cells.contains(f);
            if (!Figures.bounded(f) && !cell) {
                choice(ctx, f);
                numeric(ctx, f);
            }
            // "435,352 munitions" beside a false "565,958" is a test of rote, not of knowledge: a precise count is
            // offered among others or typed within a tolerance, never stated true or false
            boolean precise = !f.approximate() && f.value().stripTrailingZeros().precision() >= 4;
            List<BigDecimal> others = Figures.bounded(f) ? List.of() : Figures.candidates(ctx, f);
            String trueText = Texts.sentence(ctx.words.figures.sentence(f, f.value()));
            if (!cell && !precise) {
                statement(ctx, f, others, trueText);
                trueFalse(ctx, f, others, trueText);
            }
        }
    }

    private static Draft frame(Draft d, Figure f) {
        f.asOf().or(f::until).or(f::since).ifPresent(d::timeFrame);
        return d;
    }

    private static boolean membersChangedWithin(Context ctx, Figure f) {
        org.cstoquiz.domain.Organization own = ctx.facts.primaryOrganization();
        return f.asOf().filter(d -> d.month().isEmpty()).isPresent() && f.metric().matches("(?i).*\\bmembers?\\b.*")
                && own.allNames().stream().map(org.cstoquiz.domain.Names::bare).anyMatch(n -> Texts.containsWords(f.metric(), n))
                && ctx.facts.membershipsIn(own.id()).stream().flatMap(m -> m.periods().stream())
                .anyMatch(p -> p.from().filter(d -> d.year() == f.asOf().get().year()).isPresent());
    }

    private void choice(Context ctx, Figure f) {
        Draft d = ctx.draft(Context.area(f), "figure-choice", f.id());
        List<BigDecimal> all = Figures.candidates(ctx, f);
        // values within a factor of two and a half where there are enough: 16.1 per cent of GDP beside 4.12 fools no one
        List<BigDecimal> near = all.stream().filter(v -> Figures.withinFactor(f, v, 2.5)).toList();
        List<BigDecimal> pool = near.size() >= 4 ? near : all;
        // a handful of states is offered as a paper offers it, 6, 7, 8 or 9: a grid is a tell only for larger figures
        boolean handful = !f.approximate() && f.value().stripTrailingZeros().scale() <= 0 && f.value().compareTo(BigDecimal.TEN) <= 0;
        Optional<List<BigDecimal>> wrong = Picks.around(f.value(), pool, 3, BigDecimal::doubleValue,
                x -> handful ? x.stream().allMatch(v -> v.subtract(f.value()).abs().compareTo(BigDecimal.valueOf(3)) <= 0)
                        && x.stream().anyMatch(v -> v.subtract(f.value()).abs().compareTo(BigDecimal.ONE) == 0)
                        // the key at one end of 2, 3, 4 or 5 states is a tell: values either side where there are any
                        && Arrays.stream(new int[] {1, -1}).allMatch(side -> x.stream().anyMatch(v -> v.compareTo(f.value()) == side)
                                || pool.stream().noneMatch(v -> v.compareTo(f.value()) == side))
                        : !Picks.anyThreeEvenlySpaced(java.util.stream.Stream.concat(x.stream(), java.util.stream.Stream.of(f.value()))
                        .map(BigDecimal::doubleValue).toList()), d.random);
        if (wrong.isEmpty()) {
            ctx.cannotAsk(f.id(), "too few values far enough from it to offer");
            return;
        }
        List<BigDecimal> values = new ArrayList<>(wrong.get());
        values.add(f.value());
        values.sort(Comparator.naturalOrder());
        List<Option> options = values.stream().map(v -> new Option(Wording.option(FigureWording.value(f, v, false)),
                new Assertion.FigureIs(f.id(), f.qualifier(), v))).toList();
        frame(d.stem(ctx.words.figures.question(f)).singleChoiceInOrder(options, values.indexOf(f.value()))
                .facts(f.id()).cite(f.citations()).because(Texts.sentence(ctx.words.figures.sentence(f, f.value()))), f)
                .difficulty(Figures.siblings(ctx, f).isEmpty() ? 0.45 : 0.6).emit();
    }

    private void numeric(Context ctx, Figure f) {
        if (f.value().stripTrailingZeros().scale() > 1) {
            return; // typing "3.08" from memory tests recall of a rounding, not knowledge
        }
        BigDecimal tolerance = BigDecimal.ZERO;
        String accept = "";
        if (f.approximate() || f.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            int percent = f.approximate() ? 10 : 5; // wider would accept a neighbouring figure (IFOR's 60,000 for KFOR's 50,000)
            tolerance = f.value().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
            if (tolerance.signum() == 0) {
                return;
            }
            accept = f.unit().equals("per cent") ? " Answers within " + Texts.number(tolerance) + " percentage points are accepted."
                    : " Answers within " + percent + " per cent are accepted.";
        }
        // "about 3,000" typed within a tenth is asked as an estimate
        String question = ctx.words.figures.question(f).replaceFirst("^How many ", f.approximate() ? "Approximately how many " : "How many ");
        String unit = MEASURES.matcher(f.unit()).find() && !question.toLowerCase(java.util.Locale.ROOT).contains("how many " + f.unit()) ? " (in " + f.unit() + ")" : "";
        frame(ctx.draft(Context.area(f), "figure-numeric", f.id())
                .stem(question.replaceFirst("\\?$", unit + "?") + " Enter the number." + accept)
                .numeric(new Numeric(f.value(), tolerance), new Assertion.FigureIs(f.id(), f.qualifier(), f.value()))
                .facts(f.id()).cite(f.citations()).because(Texts.sentence(ctx.words.figures.sentence(f, f.value()))), f)
                .difficulty(0.75).emit();
    }

    /** The figure as a statement for a paper's list, false with another value. */
    private void statement(Context ctx, Figure f, List<BigDecimal> others, String trueText) {
        Assertion right = new Assertion.FigureIs(f.id(), f.qualifier(), f.value());
        List<BigDecimal> wrong = falseValues(f, others);
        if (wrong.isEmpty()) {
            ctx.candidate(StatementCandidate.trueOnly(Context.area(f), f.id(), trueText, right, f.citations()));
        } else {
            BigDecimal w = wrong.getFirst();
            ctx.candidate(StatementCandidate.both(Context.area(f), f.id(), trueText, right,
                    Texts.sentence(ctx.words.figures.sentence(f, w)), new Assertion.FigureIs(f.id(), f.qualifier(), w), f.citations()));
        }
    }

    /**
     * The values a figure is stated false with: "24 states" for 25 is a slip of memory, not a false
     * statement, so beyond ten a value off by two and by a tenth or more; and a count of those that did
     * something only above it ("7 member states invoked Article 4" is true of the 8 that did).
     */
    private static List<BigDecimal> falseValues(Figure f, List<BigDecimal> others) {
        boolean beyondTen = f.value().compareTo(BigDecimal.TEN) > 0;
        boolean doers = FigureWording.countsDoers(f);
        return others.stream()
                .filter(v -> !beyondTen || v.subtract(f.value()).abs().compareTo(BigDecimal.ONE) > 0
                        && v.subtract(f.value()).abs().doubleValue() >= 0.1 * f.value().doubleValue())
                .filter(v -> !doers || v.compareTo(f.value()) > 0).toList();
    }

    private void trueFalse(Context ctx, Figure f, List<BigDecimal> others, String trueText) {
        List<BigDecimal> wrong = falseValues(f, others);
        boolean truth = wrong.isEmpty() || Context.statesTheFact("figure-tf" + f.id());
        BigDecimal shown = truth ? f.value() : wrong.get(Math.floorMod(f.id().hashCode(), Math.min(2, wrong.size())));
        Qualifier q = f.qualifier();
        frame(ctx.draft(Context.area(f), "figure-tf", f.id())
                .stem("True or false? " + Texts.sentence(ctx.words.figures.sentence(f, shown)))
                .trueFalse(new Assertion.FigureIs(f.id(), q, shown), truth)
                .facts(f.id()).cite(f.citations()).because(trueText), f)
                .difficulty(truth ? 0.4 : 0.45).emit();
    }
}
