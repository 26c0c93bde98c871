package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.PartialDate;

/**
 * One metric for several states at one date (the Military Balance table): which state had the most or
 * the fewest, the states in order, and each state matched with its figure.
 */
final class FigureComparisonFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Figures.tables(ctx).forEach((key, all) -> {
            List<Figure> group = distinct(all);
            if (group.size() >= 4) {
                List<Figure> rivals = withoutOneTowering(group);
                if (rivals.size() >= 4) {
                    extremes(ctx, key, rivals);
                }
                matching(ctx, key, group, all, ordering(ctx, key, group));
            }
        });
    }

    /**
     * Figures far enough apart to be told apart from memory: a ranking that turns on 3.15 against 3.08
     * per cent tests hair-splitting recall, so of two within 15 % of each other only the larger is kept.
     */
    private static List<Figure> distinct(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        figures.stream().sorted(Comparator.comparing(Figure::value).reversed())
                .filter(f -> out.stream().noneMatch(o -> near(f, o)))
                .forEach(out::add);
        return out;
    }

    /**
     * Russia's 900,000 soldiers against Belarus's 45,350: "which had the most?" is answered at sight, and
     * among "which had the fewest?" it is an option no one picks. A figure over five times every other is
     * left out of those questions (the ordering and the matching still ask it).
     */
    static List<Figure> withoutOneTowering(List<Figure> group) {
        List<Figure> sorted = group.stream().sorted(Comparator.comparing(Figure::value).reversed()).toList();
        boolean towers = sorted.size() > 1
                && sorted.get(0).value().doubleValue() > 5 * sorted.get(1).value().doubleValue();
        return towers ? sorted.subList(1, sorted.size()) : group;
    }

    private static boolean sameTable(Figure a, Figure b) {
        return a.metric().equals(b.metric()) && a.unit().equals(b.unit()) && a.asOf().equals(b.asOf()) && !a.approximate();
    }

    private static boolean within(Figure a, Figure b, double ratio) {
        double x = a.value().doubleValue(), y = b.value().doubleValue();
        return Math.min(x, y) > ratio * Math.max(x, y);
    }

    private static boolean near(Figure a, Figure b) {
        return within(a, b, 0.85);
    }

    private static String country(Context ctx, Figure f) {
        return ctx.facts.get(f.country().get(), Country.class).displayName();
    }

    private static String metric(Figure f) {
        String m = f.metric().startsWith("the ") ? f.metric().substring(4) : f.metric();
        m = m.startsWith("number of ") ? m.substring("number of ".length()) : m;
        // "the highest defence expenditure" is the United States' in money: say it is a share of GDP
        return f.unit().contains(" of ") ? m + " (" + f.unit() + ")" : m;
    }

    /** "most" people, but the "highest" expenditure or share. */
    private static String most(Figure f) {
        return counted(f) ? "most" : "highest";
    }

    private static String fewest(Figure f) {
        return counted(f) ? "fewest" : "lowest";
    }

    private static boolean counted(Figure f) {
        return f.metric().startsWith("the number of") || !f.unit().matches("(?i).*(dollar|euro|rouble|per ?cent|%|ton|tonne|kilo|gram|metre|mile).*");
    }

    private static String when(Context ctx, Figure f) {
        PartialDate d = f.asOf().get();
        return ctx.words.figures.according(f)
                .map(a -> a + (f.reportedBy().orElseThrow().contains(Integer.toString(d.year())) ? "" : ", in " + d.display()))
                .orElse((d.precision() == org.cstoquiz.domain.Precision.YEAR ? "In " : "As of ") + d.display()); // a year's figure is "in 2024"
    }

    private static String listing(Context ctx, List<Figure> figures) {
        return "The figures: " + String.join("; ", figures.stream().sorted(Comparator.comparing(Figure::value).reversed())
                .map(f -> country(ctx, f) + " " + FigureWording.value(f, f.value(), false)).toList())
                + " (" + metric(figures.getFirst()) + ", " + when(ctx, figures.getFirst()).toLowerCase(java.util.Locale.ROOT) + ").";
    }

    private void extremes(Context ctx, String key, List<Figure> group) {
        for (boolean largest : new boolean[] {true, false}) {
            Draft d = ctx.draft(Area.FIGURES, largest ? "figure-largest" : "figure-smallest", key);
            List<Figure> four = Picks.random(group, 4, d.random);
            Figure k = (largest ? four.stream().max(Comparator.comparing(Figure::value)) : four.stream().min(Comparator.comparing(Figure::value)))
                    .orElseThrow();
            List<String> ids = four.stream().map(Figure::id).toList();
            d.stem(when(ctx, k) + ", which of these states had the " + (largest ? most(k) : fewest(k)) + " " + metric(k) + "?")
                    .singleChoice(new Option(country(ctx, k), new Assertion.Extreme(ids, k.id(), largest)),
                            four.stream().filter(x -> x != k).map(x -> new Option(country(ctx, x), new Assertion.Extreme(ids, x.id(), largest))).toList())
                    .facts(ids).cite(four.stream().flatMap(x -> x.citations().stream()).toList())
                    .because(listing(ctx, four)).timeFrame(k.asOf().get()).difficulty(0.5).emit();
        }
    }

    /** Four states in order of their figures; returns the four. */
    private List<Figure> ordering(Context ctx, String key, List<Figure> group) {
        Draft d = ctx.draft(Area.FIGURES, "figure-ordering", key);
        List<Figure> four = Picks.random(group, 4, d.random).stream().sorted(Comparator.comparing(Figure::value).reversed()).toList();
        List<Option> items = new ArrayList<>();
        for (int i = 0; i < four.size(); i++) {
            Figure a = four.get(i);
            Figure b = i + 1 < four.size() ? four.get(i + 1) : four.get(i - 1);
            items.add(new Option(country(ctx, a), new Assertion.Extreme(List.of(a.id(), b.id()), a.id(), i + 1 < four.size())));
        }
        d.stem(when(ctx, four.getFirst()) + ", arrange these states by their " + metric(four.getFirst()) + ", " + most(four.getFirst()) + " first.")
                .ordering(items).facts(four.stream().map(Figure::id).toList())
                .cite(four.stream().flatMap(x -> x.citations().stream()).toList())
                .because(listing(ctx, four)).timeFrame(four.getFirst().asOf().get()).difficulty(0.6).emit();
        return four;
    }

    /**
     * States matched with their figures, those the ordering left out first, so that every state is
     * compared, and one figure more than the states (another state's, not close to any of theirs), so
     * that the last pair does not follow from the others: four states of a larger table, else three.
     */
    private void matching(Context ctx, String key, List<Figure> group, List<Figure> all, List<Figure> ordered) {
        Draft d = ctx.draft(Area.FIGURES, "figure-matching", key);
        List<Figure> picked = new ArrayList<>(Picks.random(group.stream().filter(x -> !ordered.contains(x)).toList(), 4, d.random));
        picked.addAll(Picks.random(ordered, 4 - picked.size(), d.random));
        List<Figure> items = new ArrayList<>(picked);
        // the spare is another state's figure of the table, a study-only cell too (Kazakhstan's 39,000 beside Belarus's
        // 45,350: a tenth or more apart), never one that fits no state at sight (Russia's 900,000 beside tens of thousands)
        double largest = items.stream().mapToDouble(x -> x.value().doubleValue()).max().orElse(0);
        List<Figure> spares = java.util.stream.Stream.concat(all.stream(), ctx.facts.figures().stream()
                        .filter(x -> !all.contains(x) && x.country().isPresent() && sameTable(x, all.getFirst())))
                .filter(x -> !items.contains(x) && items.stream().noneMatch(i -> within(x, i, 0.9))
                        && x.value().doubleValue() <= 5 * largest)
                .toList();
        if (spares.isEmpty()) {
            spares = List.of(items.removeLast());
        }
        Figure spare = spares.getFirst();
        List<String> extra = List.of(FigureWording.value(spare, spare.value(), false));
        List<String> keys = items.stream().map(x -> FigureWording.value(x, x.value(), false)).toList();
        d.stem(when(ctx, items.getFirst()) + ", match each state with its " + metric(items.getFirst()) + ". One figure is left over.")
                .matching(items.stream().map(x -> country(ctx, x)).toList(), keys, extra,
                        (i, text) -> new Assertion.FigureIs(items.get(i).id(), items.get(i).qualifier(),
                                java.util.stream.Stream.concat(all.stream(), java.util.stream.Stream.of(spare))
                                        .filter(x -> FigureWording.value(x, x.value(), false).equals(text)).findFirst().orElseThrow().value()))
                .facts(items.stream().map(Figure::id).toList()).cite(items.stream().flatMap(x -> x.citations().stream()).toList())
                .because(listing(ctx, items)).timeFrame(items.getFirst().asOf().get()).difficulty(0.65).emit();
    }
}
