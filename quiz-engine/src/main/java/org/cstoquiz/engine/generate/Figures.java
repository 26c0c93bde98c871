package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Qualifier;

/** What the figure families share: like figures, and values to offer beside a figure's own. */
final class Figures {

    // near values first: a false "3 states" beside a true 7 fools no one
    /** Counts up to this are offered with their near misses rather than multiples. */
    private static final int SMALL_COUNT = 60;

    private static final double[] FACTORS = {1.3, 0.75, 1.6, 0.62, 0.4, 2.5, 0.25, 3.9};

    private Figures() {
    }

    /** Figures of the same metric, unit and time frame for other states or subjects: the first distractors. */
    static List<Figure> siblings(Context ctx, Figure f) {
        return ctx.facts.figures().stream().filter(x -> x != f && x.metric().equals(f.metric()) && x.unit().equals(f.unit())
                && x.asOf().equals(f.asOf()) && x.since().equals(f.since()) && x.until().equals(f.until())
                && x.value().compareTo(f.value()) != 0).toList();
    }

    /** The same metric of the same subject at other dates: the figure's own history. */
    static List<Figure> series(Context ctx, Figure f) {
        return ctx.facts.figures().stream().filter(x -> x != f && x.metric().equals(f.metric()) && x.unit().equals(f.unit())
                && x.subject().equals(f.subject()) && x.country().equals(f.country())
                && !(x.asOf().equals(f.asOf()) && x.since().equals(f.since()) && x.until().equals(f.until()))).toList();
    }

    /** Whether only a bound ("more than", "at least", "up to") is known: then no other value is contradicted. */
    static boolean bounded(Figure f) {
        return f.qualifier() == Qualifier.MORE_THAN || f.qualifier() == Qualifier.AT_LEAST || f.qualifier() == Qualifier.UP_TO;
    }

    /**
     * Values to offer: the real values of like figures first, then multiples of the figure rounded to
     * as many significant digits as it has, so that form alone does not tell the key.
     */
    static List<BigDecimal> candidates(Context ctx, Figure f) {
        List<BigDecimal> out = new ArrayList<>();
        // like figures of other states near this one first; Armenia's 44,800 is no guess for Russia's army
        List<BigDecimal> like = siblings(ctx, f).stream().map(Figure::value).filter(v -> farEnough(f, v))
                .sorted(java.util.Comparator.comparingDouble(v -> Math.abs(Math.log(v.doubleValue() / f.value().doubleValue()))))
                .toList();
        like.stream().filter(v -> withinFactor(f, v, 2) && !out.contains(v)).forEach(out::add);
        // the same count at other dates (NATO's 16 members in 1982 beside its 19 in 1999), nearest first
        series(ctx, f).stream().map(Figure::value).filter(v -> farEnough(f, v) && !out.contains(v))
                .sorted(java.util.Comparator.comparing(v -> v.subtract(f.value()).abs())).forEach(out::add);
        boolean integer = f.value().stripTrailingZeros().scale() <= 0;
        boolean small = integer && !f.approximate() && f.value().compareTo(BigDecimal.valueOf(SMALL_COUNT)) <= 0;
        if (small) {
            // a small count's near misses ("31 member states" beside 32), never 51 or 80; of the members that did
            // something, never more than there were ("eight CSTO member states sent troops" in 2008, when it had seven)
            long members = ofTheMembers(f) ? f.asOf().map(d -> (long) ctx.facts.membersAt(ctx.facts.pack().organization(), d).members().size())
                    .orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
            for (int step : new int[] {1, -1, 2, -2, 3, -3, 5, -4}) {
                BigDecimal v = f.value().add(BigDecimal.valueOf(step));
                if (v.signum() > 0 && v.compareTo(BigDecimal.valueOf(members)) <= 0 && out.stream().noneMatch(o -> o.compareTo(v) == 0)) {
                    out.add(v);
                }
            }
        }
        int digits = Math.max(1, f.value().stripTrailingZeros().precision());
        for (double factor : small ? new double[0] : FACTORS) {
            BigDecimal v = nice(f.value().multiply(BigDecimal.valueOf(factor)), integer, digits);
            if (v.signum() > 0 && farEnough(f, v) && out.stream().noneMatch(o -> o.compareTo(v) == 0)
                    // a share is never offered as the whole ("about 100 per cent" of a budget others pay into too)
                    && !(f.unit().equals("per cent") && v.compareTo(BigDecimal.valueOf(100)) >= 0 && f.value().compareTo(BigDecimal.valueOf(100)) < 0)) {
                out.add(v);
            }
        }
        like.stream().filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    private static final java.util.regex.Pattern OF_THE_MEMBERS = java.util.regex.Pattern.compile("(?i)\\bmember states (that|which|who)\\b");

    /** "the number of CSTO member states that sent troops to Rubezh 2008": some of the members, so at most all of them. */
    static boolean ofTheMembers(Figure f) {
        return OF_THE_MEMBERS.matcher(f.metric()).find();
    }

    /** Within {@code factor} of the figure either way: a value a candidate who half knows it could believe. */
    static boolean withinFactor(Figure f, BigDecimal v, double factor) {
        double ratio = v.doubleValue() / f.value().doubleValue();
        return ratio >= 1 / factor && ratio <= factor;
    }

    /**
     * Whether a value is wrong beyond doubt and beyond hair-splitting: a figure given with decimals
     * (3.15 per cent) is not put against one within 15 % of it (3.08), which tests recall of an estimate's
     * last digit rather than knowledge.
     */
    private static boolean farEnough(Figure f, BigDecimal v) {
        if (f.approximate()) {
            return AssertionChecker.farApart(f.value(), v);
        }
        boolean decimal = f.value().stripTrailingZeros().scale() > 0;
        return decimal ? Math.abs(v.doubleValue() / f.value().doubleValue() - 1) >= 0.15 : v.compareTo(f.value()) != 0;
    }

    static BigDecimal nice(BigDecimal v, boolean integer, int digits) {
        BigDecimal r = v.round(new MathContext(Math.max(1, digits), RoundingMode.HALF_UP));
        if (integer) {
            r = r.setScale(0, RoundingMode.HALF_UP);
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** States' exact figures of one measure at one date, by measure ("active military personnel, 2018"): tables. */
    static java.util.Map<String, List<Figure>> tables(Context ctx) {
        java.util.Map<String, List<Figure>> tables = new java.util.LinkedHashMap<>();
        for (Figure f : ctx.facts.figures()) {
            if (f.country().isPresent() && f.asOf().isPresent() && !f.approximate() && ctx.examWorthy(f.id())) {
                tables.computeIfAbsent(f.metric() + "|" + f.unit() + "|" + f.asOf().get(), k -> new ArrayList<>()).add(f);
            }
        }
        return tables;
    }
}
