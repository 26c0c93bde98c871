package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Qualifier;
import org.cstoquiz.domain.StatusPeriod;
import org.cstoquiz.domain.Truth;

/**
 * Evaluates an {@link Assertion} against a fact base, conservatively: {@link Truth#YES} or
 * {@link Truth#NO} only when the facts settle it, {@link Truth#UNKNOWN} otherwise. Generators use it
 * to keep only keys that are true and distractors that are false; tests use it to re-check the bank.
 */
public final class AssertionChecker {

    /** Two approximate figures count as different only when the larger is at least this many times the smaller. */
    public static final BigDecimal APPROXIMATE_RATIO = new BigDecimal("1.5");

    private final FactBase facts;

    public AssertionChecker(FactBase facts) {
        this.facts = facts;
    }

    public Truth evaluate(Assertion assertion) {
        return switch (assertion) {
            case Assertion.MemberAt m -> facts.wasMemberAt(m.country(), m.organization(), m.date());
            case Assertion.StatusAt s -> facts.statusAt(s.country(), s.organization(), s.date()).is(s.status());
            case Assertion.StatusFrom s -> statusFrom(s);
            case Assertion.MemberCount c -> memberCount(c);
            case Assertion.EventDate e -> eventDate(e);
            case Assertion.EventPlace e -> facts.find(e.event(), Event.class)
                    .map(ev -> ev.place().map(p -> Truth.of(p.equals(e.place()))).orElse(Truth.UNKNOWN))
                    .orElse(Truth.UNKNOWN);
            case Assertion.EventCountry e -> facts.find(e.event(), Event.class)
                    .map(ev -> Truth.of(ev.countries().contains(e.country()))).orElse(Truth.UNKNOWN);
            case Assertion.EventSubject e -> facts.find(e.event(), Event.class)
                    .map(ev -> Truth.of(ev.subjects().contains(e.subject()))).orElse(Truth.UNKNOWN);
            case Assertion.Earlier e -> dateOf(e.earlier()).flatMap(a -> dateOf(e.later()).map(a::before))
                    .orElse(Truth.UNKNOWN);
            case Assertion.AttributeIs a -> attributeIs(a);
            case Assertion.HeldPost h -> heldPost(h);
            case Assertion.FigureIs f -> figureIs(f);
            case Assertion.Extreme e -> extreme(e);
            case Assertion.RelationHolds r -> Truth.of(facts.relations().stream().anyMatch(rel ->
                    rel.subject().equals(r.subject()) && rel.kind() == r.kind() && rel.object().equals(r.object())));
            case Assertion.RelationSaid r -> relationSaid(r);
            case Assertion.StatementHolds s -> Truth.of(facts.find(s.statement(), org.cstoquiz.domain.Statement.class).isPresent());
            case Assertion.Not n -> evaluate(n.assertion()).not();
            case Assertion.All a -> all(a);
        };
    }

    /**
     * Whether the facts would <em>contradict</em> this assertion if it were false, rather than merely
     * not mention it: only such assertions may be offered as false statements. A one-off event has one
     * date and one place; a membership, a figure, a single-valued attribute or a post held by one
     * person at a time has one value; but that the sources do not name a country among an event's
     * participants, or a relation between two organizations, does not make it false.
     */
    public boolean refutable(Assertion assertion) {
        return switch (assertion) {
            case Assertion.EventDate e -> facts.find(e.event(), Event.class).map(ev -> ev.category().isOneOff())
                    .orElseGet(() -> facts.find(e.event(), Operation.class).isPresent());
            case Assertion.EventPlace e -> true;
            case Assertion.MemberAt m -> true;
            case Assertion.StatusAt s -> true;
            case Assertion.StatusFrom s -> true;
            case Assertion.MemberCount c -> true;
            case Assertion.Earlier e -> true;
            case Assertion.FigureIs f -> facts.find(f.figure(), Figure.class)
                    .map(x -> x.qualifier() == Qualifier.EXACT || x.qualifier() == Qualifier.ABOUT).orElse(false);
            case Assertion.Extreme e -> true;
            case Assertion.AttributeIs a -> facts.find(a.factId()).map(f -> AttributeValues.singleValued(f, a.attribute()))
                    .orElse(false);
            case Assertion.HeldPost h -> h.country().isPresent() || h.office().isPresent();
            case Assertion.EventCountry e -> false;
            case Assertion.EventSubject e -> false;
            case Assertion.RelationHolds r -> false;
            case Assertion.RelationSaid r -> true;
            case Assertion.StatementHolds s -> false;
            case Assertion.Not n -> true;
            case Assertion.All a -> a.assertions().stream().filter(x -> evaluate(x) == Truth.NO).allMatch(this::refutable);
        };
    }

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\\b.*\\bmembers?\\b");

    /**
     * Another relation of the same kind from the same subject, whose sentence differs, makes the
     * sentence false of its object only where the sentence counts members: a count is what sets the
     * organizations apart ("cooperates with ____ on peacekeeping" could be true of several).
     */
    private Truth relationSaid(Assertion.RelationSaid said) {
        Optional<org.cstoquiz.domain.Relation> relation = facts.find(said.relation(), org.cstoquiz.domain.Relation.class);
        if (relation.isEmpty()) {
            return Truth.UNKNOWN;
        }
        org.cstoquiz.domain.Relation r = relation.get();
        if (r.object().equals(said.object())) {
            return Truth.YES;
        }
        boolean counted = COUNT.matcher(r.description()).find();
        boolean otherSaid = facts.relations().stream().anyMatch(x -> x != r && x.subject().equals(r.subject())
                && x.kind() == r.kind() && x.object().equals(said.object()) && COUNT.matcher(x.description()).find()
                && !Texts.normalized(x.description()).equals(Texts.normalized(r.description())));
        return counted && otherSaid ? Truth.NO : Truth.UNKNOWN;
    }

    private Truth all(Assertion.All a) {
        boolean unknown = false;
        for (Assertion c : a.assertions()) {
            Truth t = evaluate(c);
            if (t == Truth.NO) {
                return Truth.NO;
            }
            unknown |= t == Truth.UNKNOWN;
        }
        return unknown ? Truth.UNKNOWN : Truth.YES;
    }

    private Truth statusFrom(Assertion.StatusFrom s) {
        Optional<Membership> m = facts.membership(s.country(), s.organization());
        if (m.isEmpty()) {
            return Truth.NO;
        }
        if (m.get().periods().stream().noneMatch(p -> p.status() == s.status())) {
            // a step the country never took is denied only by what it was at that date
            return facts.statusAt(s.country(), s.organization(), s.date()).is(s.status()) == Truth.NO ? Truth.NO : Truth.UNKNOWN;
        }
        boolean unknown = false;
        for (StatusPeriod p : m.get().periods()) {
            if (p.status() != s.status()) {
                continue;
            }
            if (p.from().isEmpty()) {
                unknown = true;
                continue;
            }
            PartialDate from = p.from().get();
            if (from.within(s.date())) {
                return Truth.YES;
            }
            unknown |= from.mayCoincide(s.date());
        }
        return unknown ? Truth.UNKNOWN : Truth.NO;
    }

    private Truth memberCount(Assertion.MemberCount c) {
        MembersAt at = facts.membersAt(c.organization(), c.date());
        if (!at.uncertain().isEmpty()) {
            return Truth.UNKNOWN;
        }
        return Truth.of(at.members().size() == c.count());
    }

    /** The date of an event, or of the start of an operation. */
    public Optional<PartialDate> dateOf(String factId) {
        Optional<Fact> fact = facts.find(factId);
        if (fact.isEmpty()) {
            return Optional.empty();
        }
        return switch (fact.get()) {
            case Event e -> Optional.of(e.date());
            case Operation o -> o.from();
            default -> Optional.empty();
        };
    }

    private Truth eventDate(Assertion.EventDate e) {
        Optional<PartialDate> date = dateOf(e.event());
        if (date.isEmpty()) {
            return Truth.UNKNOWN;
        }
        PartialDate d = date.get();
        PartialDate asked = e.date();
        if (d.supports(asked.precision())) {
            return Truth.of(d.truncatedTo(asked.precision()).equals(asked));
        }
        return d.mayCoincide(asked) ? Truth.UNKNOWN : Truth.NO;
    }

    private Truth heldPost(Assertion.HeldPost h) {
        List<OfficeHolding> matching = facts.holdingsOf(h.person()).stream()
                .filter(x -> h.organ().isEmpty() || x.organ().equals(h.organ()))
                .filter(x -> h.office().isEmpty() || x.office().equals(h.office()))
                .filter(x -> h.country().isEmpty() || x.country().equals(h.country()))
                .filter(x -> h.title().isEmpty() || samePost(x.title(), x.country(), h.title().get(), h.country()))
                .toList();
        if (matching.isEmpty()) {
            return Truth.NO;
        }
        boolean unknown = false;
        for (OfficeHolding x : matching) {
            Truth t = x.period().overlaps(h.date());
            if (t == Truth.YES) {
                return Truth.YES;
            }
            unknown |= t == Truth.UNKNOWN;
        }
        if (unknown && someoneElseHeld(h)) {
            return Truth.NO;
        }
        return unknown ? Truth.UNKNOWN : Truth.NO;
    }

    /**
     * Whether two titles name one post: the same words, or, for a state's post, the same kind of post
     * of the same state however the state is named ("President of Russia", "the President of the
     * Russian Federation").
     */
    static boolean samePost(String a, Optional<String> countryA, String b, Optional<String> countryB) {
        if (a.equals(b) || Texts.normalized(a).equals(Texts.normalized(b))) {
            return true;
        }
        return countryA.isPresent() && countryA.equals(countryB) && postKind(a).equals(postKind(b));
    }

    /**
     * Whether a holding is of a post held by one person at a time: the office, or, without one, the
     * same state's post of that title ("President of Russia" however the state is named).
     */
    static boolean holdsPost(OfficeHolding x, Optional<String> office, Optional<String> country, String title) {
        return office.isPresent() ? x.office().equals(office)
                : country.isPresent() && x.country().equals(country) && samePost(x.title(), x.country(), title, country);
    }

    /** "president", "foreign minister": a title without the state or body it belongs to. */
    static String postKind(String title) {
        return Texts.normalized(title.split(" (of|to) ", 2)[0]);
    }

    /** A post held by one person at a time (an office, or a state's post) was certainly someone else's then. */
    private boolean someoneElseHeld(Assertion.HeldPost h) {
        if (h.office().isEmpty() && (h.country().isEmpty() || h.title().isEmpty())) {
            return false;
        }
        return facts.holdings().stream().filter(x -> !x.person().equals(h.person()))
                .filter(x -> holdsPost(x, h.office(), h.country(), h.title().get()))
                .anyMatch(x -> x.period().covers(h.date()) == Truth.YES
                        || x.period().asOf().filter(a -> a.equals(h.date())).isPresent());
    }

    private Truth figureIs(Assertion.FigureIs f) {
        Optional<Figure> fig = facts.find(f.figure(), Figure.class);
        if (fig.isEmpty()) {
            return Truth.UNKNOWN;
        }
        Figure figure = fig.get();
        boolean same = figure.value().compareTo(f.value()) == 0;
        if (same && figure.qualifier() == f.qualifier()) {
            return Truth.YES;
        }
        if (!figure.approximate() && !f.qualifier().isApproximate()) {
            return Truth.of(same);
        }
        if (bound(figure.qualifier()) || bound(f.qualifier())) {
            // "more than 30" is not contradicted by "more than 78", and implies "more than 12"
            return Truth.UNKNOWN;
        }
        return farApart(figure.value(), f.value()) ? Truth.NO : Truth.UNKNOWN;
    }

    private static boolean bound(Qualifier q) {
        return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST || q == Qualifier.UP_TO;
    }

    /** True when the larger value is at least {@link #APPROXIMATE_RATIO} times the smaller (and both are positive). */
    public static boolean farApart(BigDecimal a, BigDecimal b) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            return a.compareTo(b) != 0 && (a.signum() == 0 || b.signum() == 0);
        }
        BigDecimal big = a.max(b);
        BigDecimal small = a.min(b);
        return big.divide(small, 6, RoundingMode.HALF_UP).compareTo(APPROXIMATE_RATIO) >= 0;
    }

    private Truth extreme(Assertion.Extreme e) {
        List<Figure> figures = new ArrayList<>();
        for (String id : e.figures()) {
            Optional<Figure> f = facts.find(id, Figure.class);
            if (f.isEmpty()) {
                return Truth.UNKNOWN;
            }
            figures.add(f.get());
        }
        Optional<Figure> target = figures.stream().filter(f -> f.id().equals(e.figure())).findFirst();
        if (target.isEmpty()) {
            return Truth.UNKNOWN;
        }
        boolean approximate = figures.stream().anyMatch(Figure::approximate);
        boolean isExtreme = true;
        for (Figure other : figures) {
            if (other == target.get()) {
                continue;
            }
            int c = target.get().value().compareTo(other.value());
            if (e.largest() ? c <= 0 : c >= 0) {
                isExtreme = false;
            }
            if (approximate && !farApart(target.get().value(), other.value())) {
                return Truth.UNKNOWN;
            }
        }
        return Truth.of(isExtreme);
    }

    private Truth attributeIs(Assertion.AttributeIs a) {
        Optional<Fact> fact = facts.find(a.factId());
        if (fact.isEmpty()) {
            return Truth.UNKNOWN;
        }
        List<String> values = AttributeValues.of(fact.get(), a.attribute());
        if (values.isEmpty()) {
            return Truth.UNKNOWN;
        }
        return Truth.of(values.contains(a.value()));
    }
}
