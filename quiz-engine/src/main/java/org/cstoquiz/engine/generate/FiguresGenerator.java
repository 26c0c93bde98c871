package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Qualifier;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Numeric;

/**
 * Figures: the numbers the sources state, always with their unit and time frame. Approximate
 * figures are asked only as choices far apart or as ranges; comparisons between countries use
 * figures of one metric and one date.
 */
final class FiguresGenerator implements AreaGenerator {

    /** Multipliers for distractors: far enough apart from the key and from each other. */
    private static final double[] BELOW = {1 / 1.6, 1 / 2.6, 1 / 4.2};
    private static final double[] ABOVE = {1.6, 2.6, 4.2};

    @Override
    public void generate(Context ctx) {
        List<Figure> figures = ctx.facts.figures().stream().filter(f -> Context.area(f) == Area.FIGURES).toList();
        for (Figure f : figures) {
            choice(ctx, f);
            numeric(ctx, f);
            trueFalse(ctx, f);
        }
        comparisons(ctx, figures);
    }

    // ---------------------------------------------------------------- wording

    /** " as of 2018", " between 2003 and 2011", " from 2003 to 2022", " since 2004" or "". */
    static String when(Figure f) {
        if (f.since().isPresent() && f.until().isPresent()) {
            return " between " + f.since().get().display() + " and " + f.until().get().display();
        }
        if (f.since().isPresent() && f.asOf().isPresent()) {
            return " from " + f.since().get().display() + " to " + f.asOf().get().display();
        }
        if (f.asOf().isPresent()) {
            return f.metric().contains(Integer.toString(f.asOf().get().year())) ? "" : " as of " + f.asOf().get().display();
        }
        return f.since().map(s -> " since " + s.display()).orElse("");
    }

    static Optional<PartialDate> frame(Figure f) {
        return f.asOf().or(f::until).or(f::since);
    }

    private static String subject(Context ctx, Figure f) {
        StringBuilder sb = new StringBuilder(f.metric());
        f.country().flatMap(ctx.facts::country).filter(c -> c.allNames().stream().noneMatch(n -> Texts.containsWords(f.metric(), n)))
                .ifPresent(c -> sb.append(" of ").append(c.name()));
        f.subject().filter(x -> f.country().isEmpty() && f.metric().startsWith("number of"))
                .flatMap(ctx.facts::find).filter(s -> s instanceof Organization).map(s -> (Named) s)
                .filter(n -> n.allNames().stream().noneMatch(x -> Texts.containsWords(f.metric(), x)))
                .ifPresent(n -> sb.append(" of ").append(n.abbreviation().map(a -> "the " + a).orElse(n.name())));
        return sb.toString();
    }

    static String show(Figure f, BigDecimal value) {
        return f.qualifier().prefix() + Texts.number(value) + " " + f.unit();
    }

    private static String because(Context ctx, Figure f) {
        return "The sources give " + f.display() + " for the " + subject(ctx, f) + when(f) + ".";
    }

    // ---------------------------------------------------------------- one figure

    private void choice(Context ctx, Figure f) {
        if (f.value().signum() <= 0 || f.value().compareTo(BigDecimal.valueOf(3)) < 0) {
            return;
        }
        Draft d = ctx.draft(Area.FIGURES, "figure-choice", f.id());
        int start = d.random.nextInt(4);
        for (int attempt = 0; attempt < 4; attempt++) {
            if (choice(ctx, f, d, (start + attempt) % 4)) {
                return;
            }
        }
        ctx.drop("figure-choice: options too close");
    }

    private boolean choice(Context ctx, Figure f, Draft d, int keyIndex) {
        boolean integer = f.value().stripTrailingZeros().scale() <= 0;
        boolean small = integer && !f.approximate() && f.value().compareTo(BigDecimal.valueOf(20)) <= 0;
        List<BigDecimal> values = new ArrayList<>();
        if (small) {
            int n = f.value().intValue();
            int first = Math.max(1, n - keyIndex);
            for (int k = first; k < first + 4; k++) {
                values.add(BigDecimal.valueOf(k));
            }
        } else {
            for (int i = 0; i < keyIndex; i++) {
                values.add(nice(f.value().multiply(BigDecimal.valueOf(BELOW[i])), integer, digits(f.value())));
            }
            values.add(f.value());
            for (int i = 0; i < 3 - keyIndex; i++) {
                values.add(nice(f.value().multiply(BigDecimal.valueOf(ABOVE[i])), integer, digits(f.value())));
            }
        }
        values.sort(Comparator.naturalOrder());
        if (f.unit().equals("per cent") && values.getLast().compareTo(BigDecimal.valueOf(100)) > 0) {
            return false;
        }
        for (int i = 1; i < values.size() && !small; i++) {
            if (!ClaimChecker.farApart(values.get(i - 1), values.get(i))) {
                return false;
            }
        }
        List<Option> options = values.stream().map(v -> new Option(show(f, v), new Claim.FigureIs(f.id(), f.qualifier(), v))).toList();
        d.stem("What figure do the sources give for the " + subject(ctx, f) + when(f) + "?")
                .singleChoiceInOrder(options, values.indexOf(f.value()))
                .facts(f.id()).cite(f.citations()).because(because(ctx, f));
        frame(f).ifPresent(d::timeFrame);
        d.difficulty(0.5).emit();
        return true;
    }

    /** A value with two significant digits, so that distractors look like figures a source would give. */
    /** Significant digits of a value (at least two), so that distractors are as precise as the key looks. */
    static int digits(BigDecimal v) {
        return Math.max(2, v.stripTrailingZeros().precision());
    }

    static BigDecimal nice(BigDecimal v, boolean integer) {
        return nice(v, integer, 2);
    }

    static BigDecimal nice(BigDecimal v, boolean integer, int digits) {
        BigDecimal r = v.round(new MathContext(digits, RoundingMode.HALF_UP));
        if (integer) {
            r = r.setScale(0, RoundingMode.HALF_UP);
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private void numeric(Context ctx, Figure f) {
        boolean approximate = f.approximate();
        if (f.value().signum() < 0 || f.qualifier() == Qualifier.MORE_THAN || f.qualifier() == Qualifier.UP_TO) {
            return;
        }
        BigDecimal tolerance = BigDecimal.ZERO;
        String accept = "";
        if (approximate || f.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            int percent = approximate ? 20 : 5;
            tolerance = f.value().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
            if (tolerance.signum() == 0) {
                return;
            }
            accept = " Answers within " + percent + " per cent are accepted.";
        }
        Draft d = ctx.draft(Area.FIGURES, "figure-numeric", f.id())
                .stem("Enter the figure the sources give for the " + subject(ctx, f) + when(f) + " (in " + f.unit() + ")." + accept)
                .numeric(new Numeric(f.value(), tolerance), new Claim.FigureIs(f.id(), f.qualifier(), f.value()))
                .facts(f.id()).cite(f.citations()).because(because(ctx, f));
        frame(f).ifPresent(d::timeFrame);
        d.difficulty(0.75).emit();
    }

    private void trueFalse(Context ctx, Figure f) {
        if (f.value().signum() <= 0) {
            return;
        }
        boolean truth = Context.stableBit("figure-tf" + f.id());
        boolean integer = f.value().stripTrailingZeros().scale() <= 0;
        BigDecimal shown = truth ? f.value() : f.approximate() || f.value().compareTo(BigDecimal.valueOf(20)) > 0
                ? nice(f.value().multiply(BigDecimal.valueOf(2.6)), integer, digits(f.value())) : f.value().add(BigDecimal.valueOf(2));
        if (f.unit().equals("per cent") && shown.compareTo(BigDecimal.valueOf(100)) > 0) {
            shown = nice(f.value().multiply(BigDecimal.valueOf(1 / 2.6)), integer);
        }
        String when = when(f);
        BigDecimal wrongValue = truth ? (f.approximate() || f.value().compareTo(BigDecimal.valueOf(20)) > 0
                ? nice(f.value().multiply(BigDecimal.valueOf(2.6)), integer, digits(f.value())) : f.value().add(BigDecimal.valueOf(2)))
                : shown;
        if (!(f.unit().equals("per cent") && wrongValue.compareTo(BigDecimal.valueOf(100)) > 0)) {
            String start = "According to the sources, the " + subject(ctx, f) + when + " was ";
            ctx.candidate(new Context.Candidate(Area.FIGURES, f.id(), start + show(f, f.value()) + ".",
                    new Claim.FigureIs(f.id(), f.qualifier(), f.value()), start + show(f, wrongValue) + ".",
                    new Claim.FigureIs(f.id(), f.qualifier(), wrongValue), f.citations(), frame(f)));
        }
        Draft d = ctx.draft(Area.FIGURES, "figure-tf", f.id())
                .stem("True or false? According to the sources, the " + subject(ctx, f) + when + " was " + show(f, shown) + ".")
                .trueFalse(new Claim.FigureIs(f.id(), f.qualifier(), shown), truth)
                .facts(f.id()).cite(f.citations()).because(because(ctx, f));
        frame(f).ifPresent(d::timeFrame);
        d.difficulty(truth ? 0.4 : 0.45).emit();
    }

    // ---------------------------------------------------------------- several countries, one metric

    private void comparisons(Context ctx, List<Figure> figures) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.country().isPresent() && f.asOf().isPresent() && !f.approximate()) {
                groups.computeIfAbsent(f.metric() + "|" + f.unit() + "|" + f.asOf().get(), k -> new ArrayList<>()).add(f);
            }
        }
        groups.forEach((key, all) -> {
            List<Figure> group = distinctValues(all);
            if (group.size() < 4) {
                return;
            }
            Figure first = group.getFirst();
            String metric = first.metric();
            PartialDate asOf = first.asOf().get();
            String orgShort = ctx.facts.primaryOrganization().abbreviation().orElse("");
            for (boolean largest : new boolean[] {true, false}) {
                Draft d = ctx.draft(Area.FIGURES, largest ? "figure-largest" : "figure-smallest", key);
                List<Figure> four = distinctValues(Draft.pick(group, 4, d.random));
                if (four.size() < 4) {
                    continue;
                }
                Figure top = four.stream().max(Comparator.comparing(Figure::value)).orElseThrow();
                Figure bottom = four.stream().min(Comparator.comparing(Figure::value)).orElseThrow();
                Figure keyFig = largest ? top : bottom;
                List<String> ids = four.stream().map(Figure::id).toList();
                d.stem("As of " + asOf.display() + ", which of these " + orgShort + " member states had the "
                                + (largest ? "largest" : "smallest") + " number of " + metric + ", according to the sources?")
                        .singleChoice(countryOption(ctx, keyFig, ids, largest), four.stream().filter(x -> x != keyFig)
                                .map(x -> countryOption(ctx, x, ids, largest)).toList())
                        .facts(ids).cite(four.stream().flatMap(x -> x.citations().stream()).toList())
                        .because(listing(ctx, four))
                        .timeFrame(asOf).difficulty(0.5).emit();
            }
            Draft o = ctx.draft(Area.FIGURES, "figure-ordering", key);
            List<Figure> four = distinctValues(Draft.pick(group, 4, o.random)).stream()
                    .sorted(Comparator.comparing(Figure::value).reversed()).toList();
            if (four.size() >= 3) {
                List<Option> items = new ArrayList<>();
                for (int i = 0; i < four.size(); i++) {
                    Figure a = four.get(i);
                    Figure b = i + 1 < four.size() ? four.get(i + 1) : four.get(i - 1);
                    Claim claim = i + 1 < four.size() ? new Claim.Extreme(List.of(a.id(), b.id()), a.id(), true)
                            : new Claim.Extreme(List.of(a.id(), b.id()), a.id(), false);
                    items.add(new Option(countryName(ctx, a), claim));
                }
                o.stem("As of " + asOf.display() + ", arrange these " + orgShort + " member states by their number of "
                                + metric + ", largest first, according to the sources.")
                        .ordering(items)
                        .facts(four.stream().map(Figure::id).toList()).cite(four.stream().flatMap(x -> x.citations().stream()).toList())
                        .because(listing(ctx, four)).timeFrame(asOf).difficulty(0.6).emit();
            }
            Draft m = ctx.draft(Area.FIGURES, "figure-matching", key);
            List<Figure> items = distinctValues(Draft.pick(group, 4, m.random));
            if (items.size() >= 3) {
                List<Figure> rest = group.stream().filter(x -> !items.contains(x)
                        && items.stream().noneMatch(y -> y.value().compareTo(x.value()) == 0)).toList();
                List<String> extra = rest.isEmpty() ? List.of() : List.of(show(rest.getFirst(), rest.getFirst().value()));
                m.stem("As of " + asOf.display() + ", match each " + orgShort + " member state with its number of " + metric
                                + ", according to the sources.")
                        .matching(items.stream().map(x -> countryName(ctx, x)).toList(),
                                items.stream().map(x -> show(x, x.value())).toList(), extra,
                                (i, text) -> new Claim.FigureIs(items.get(i).id(), items.get(i).qualifier(), parse(text, items.get(i))))
                        .facts(items.stream().map(Figure::id).toList()).cite(items.stream().flatMap(x -> x.citations().stream()).toList())
                        .because(listing(ctx, items)).timeFrame(asOf).difficulty(0.65).emit();
            }
        });
    }

    private static BigDecimal parse(String text, Figure f) {
        String number = text.substring(f.qualifier().prefix().length(), text.length() - f.unit().length() - 1).replace(",", "");
        return new BigDecimal(number);
    }

    private static List<Figure> distinctValues(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            if (out.stream().noneMatch(o -> o.value().compareTo(f.value()) == 0)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String countryName(Context ctx, Figure f) {
        return f.country().flatMap(ctx.facts::country).map(Country::name).orElseThrow();
    }

    private static Option countryOption(Context ctx, Figure f, List<String> ids, boolean largest) {
        return new Option(countryName(ctx, f), new Claim.Extreme(ids, f.id(), largest));
    }

    private static String listing(Context ctx, List<Figure> figures) {
        return "The sources give: " + String.join("; ", figures.stream()
                .sorted(Comparator.comparing(Figure::value).reversed())
                .map(f -> countryName(ctx, f) + " " + f.display()).toList())
                + " (" + figures.getFirst().metric() + ", as of " + figures.getFirst().asOf().map(PartialDate::display).orElse("") + ").";
    }
}
