package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.MembersAt;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.domain.Truth;

/**
 * Evaluates a {@link Claim} against a fact base, conservatively: {@link Truth#YES} or
 * {@link Truth#NO} only when the facts settle it, {@link Truth#UNKNOWN} otherwise. Generators use it
 * to keep only keys that are true and distractors that are false; tests use it to re-check the bank.
 */
public final class ClaimChecker {

    /** Two approximate figures count as different only when the larger is at least this many times the smaller. */
    public static final BigDecimal APPROXIMATE_RATIO = new BigDecimal("1.5");

    private final FactBase facts;

    public ClaimChecker(FactBase facts) {
        this.facts = facts;
    }

    public Truth evaluate(Claim claim) {
        return switch (claim) {
            case Claim.MemberAt m -> facts.wasMemberAt(m.country(), m.organization(), m.date());
            case Claim.StatusAt s -> facts.statusAt(s.country(), s.organization(), s.date()).is(s.status());
            case Claim.StatusFrom s -> statusFrom(s);
            case Claim.MemberCount c -> memberCount(c);
            case Claim.EventDate e -> eventDate(e);
            case Claim.EventPlace e -> facts.find(e.event(), Event.class)
                    .map(ev -> ev.place().map(p -> Truth.of(p.equals(e.place()))).orElse(Truth.UNKNOWN))
                    .orElse(Truth.UNKNOWN);
            case Claim.EventCountry e -> facts.find(e.event(), Event.class)
                    .map(ev -> Truth.of(ev.countries().contains(e.country()))).orElse(Truth.UNKNOWN);
            case Claim.EventSubject e -> facts.find(e.event(), Event.class)
                    .map(ev -> Truth.of(ev.subjects().contains(e.subject()))).orElse(Truth.UNKNOWN);
            case Claim.Earlier e -> earlier(e);
            case Claim.YearsBetween y -> dateOf(y.earlier()).flatMap(a -> dateOf(y.later())
                    .map(b -> Truth.of(b.year() - a.year() == y.years()))).orElse(Truth.UNKNOWN);
            case Claim.AttributeIs a -> attributeIs(a);
            case Claim.HeldPost h -> heldPost(h);
            case Claim.FigureIs f -> figureIs(f);
            case Claim.Extreme e -> extreme(e);
            case Claim.RelationHolds r -> Truth.of(facts.relations().stream().anyMatch(rel ->
                    rel.subject().equals(r.subject()) && rel.kind() == r.kind() && rel.object().equals(r.object())));
            case Claim.StatementHolds s -> Truth.of(facts.find(s.statement(), org.cstoquiz.domain.Statement.class).isPresent());
            case Claim.Not n -> evaluate(n.claim()).not();
            case Claim.All a -> all(a);
        };
    }

    private Truth all(Claim.All a) {
        boolean unknown = false;
        for (Claim c : a.claims()) {
            Truth t = evaluate(c);
            if (t == Truth.NO) {
                return Truth.NO;
            }
            unknown |= t == Truth.UNKNOWN;
        }
        return unknown ? Truth.UNKNOWN : Truth.YES;
    }

    private Truth statusFrom(Claim.StatusFrom s) {
        Optional<org.cstoquiz.domain.Membership> m = facts.membership(s.country(), s.organization());
        if (m.isEmpty()) {
            return Truth.NO;
        }
        boolean unknown = false;
        for (org.cstoquiz.domain.StatusPeriod p : m.get().periods()) {
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

    private Truth memberCount(Claim.MemberCount c) {
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

    private Truth eventDate(Claim.EventDate e) {
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

    private Truth earlier(Claim.Earlier e) {
        Optional<PartialDate> a = dateOf(e.earlier());
        Optional<PartialDate> b = dateOf(e.later());
        if (a.isEmpty() || b.isEmpty()) {
            return Truth.UNKNOWN;
        }
        return a.get().before(b.get());
    }

    private Truth heldPost(Claim.HeldPost h) {
        List<OfficeHolding> matching = facts.holdingsOf(h.person()).stream()
                .filter(x -> h.organ().isEmpty() || x.organ().equals(h.organ()))
                .filter(x -> h.office().isEmpty() || x.office().equals(h.office()))
                .filter(x -> h.country().isEmpty() || x.country().equals(h.country()))
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
        return unknown ? Truth.UNKNOWN : Truth.NO;
    }

    private Truth figureIs(Claim.FigureIs f) {
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
        return farApart(figure.value(), f.value()) ? Truth.NO : Truth.UNKNOWN;
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

    private Truth extreme(Claim.Extreme e) {
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
        boolean certain = true;
        for (Figure other : figures) {
            if (other == target.get()) {
                continue;
            }
            int c = target.get().value().compareTo(other.value());
            boolean beats = e.largest() ? c > 0 : c < 0;
            if (!beats) {
                isExtreme = false;
            }
            if (approximate && !farApart(target.get().value(), other.value())) {
                certain = false;
            }
        }
        if (!certain) {
            return Truth.UNKNOWN;
        }
        return Truth.of(isExtreme);
    }

    private Truth attributeIs(Claim.AttributeIs a) {
        Optional<Fact> fact = facts.find(a.factId());
        if (fact.isEmpty()) {
            return Truth.UNKNOWN;
        }
        List<String> values = attribute(fact.get(), a.attribute());
        if (values.isEmpty()) {
            return Truth.UNKNOWN;
        }
        return Truth.of(values.contains(a.value()));
    }

    /**
     * The values of a named attribute of a fact, as the domain records name them; reference-valued
     * attributes give fact ids. Empty when the fact has no such attribute or the sources do not give it.
     */
    public static List<String> attribute(Fact fact, String name) {
        List<String> out = new ArrayList<>();
        switch (fact) {
            case Organ o -> {
                switch (name) {
                    case "organization" -> out.add(o.organization());
                    case "parent" -> o.parent().ifPresent(out::add);
                    case "role" -> add(out, o.role());
                    case "composition" -> add(out, o.composition());
                    case "function" -> add(out, o.function());
                    case "seat" -> add(out, o.seat());
                    case "head" -> add(out, o.head());
                    case "meetings" -> add(out, o.meetings());
                    case "abbreviation" -> o.abbreviation().ifPresent(out::add);
                    default -> { }
                }
            }
            case Office o -> {
                switch (name) {
                    case "organization" -> out.add(o.organization());
                    case "organ" -> o.organ().ifPresent(out::add);
                    case "standing" -> add(out, o.standing());
                    case "appointment" -> add(out, o.appointment());
                    case "term" -> add(out, o.term());
                    default -> { }
                }
            }
            case Organization o -> {
                switch (name) {
                    case "type" -> add(out, o.type());
                    case "headquarters" -> add(out, o.headquarters());
                    case "purpose" -> add(out, o.purpose());
                    case "abbreviation" -> o.abbreviation().ifPresent(out::add);
                    default -> { }
                }
            }
            case Document d -> {
                switch (name) {
                    case "kind" -> out.add(d.kind().name());
                    case "organization" -> d.organization().ifPresent(out::add);
                    case "summary" -> add(out, d.summary());
                    case "term" -> add(out, d.term());
                    case "abbreviation" -> d.abbreviation().ifPresent(out::add);
                    case "variant" -> out.addAll(d.variants());
                    default -> { }
                }
            }
            case Article ar -> {
                switch (name) {
                    case "document" -> out.add(ar.document());
                    case "number" -> ar.number().ifPresent(out::add);
                    case "title" -> out.add(ar.title());
                    case "summary" -> out.add(ar.summary());
                    default -> { }
                }
            }
            case Force f -> {
                switch (name) {
                    case "organization" -> out.add(f.organization());
                    case "region" -> add(out, f.region());
                    case "composition" -> add(out, f.composition());
                    case "purpose" -> add(out, f.purpose());
                    case "abbreviation" -> f.abbreviation().ifPresent(out::add);
                    default -> { }
                }
            }
            case Operation o -> {
                switch (name) {
                    case "kind" -> out.add(o.kind().name());
                    case "purpose" -> add(out, o.purpose());
                    case "coordinator" -> o.coordinator().ifPresent(out::add);
                    case "places" -> out.addAll(o.places());
                    case "countries" -> out.addAll(o.countries());
                    case "from" -> o.from().ifPresent(d -> out.add(Integer.toString(d.year())));
                    default -> { }
                }
            }
            case Place p -> {
                switch (name) {
                    case "country" -> p.country().ifPresent(out::add);
                    case "capitalOf" -> add(out, p.capitalOf());
                    default -> { }
                }
            }
            case Country c -> {
                if (name.equals("postSoviet")) {
                    c.postSoviet().ifPresent(s -> out.add(s.value().toString()));
                }
            }
            case OfficeHolding h -> {
                switch (name) {
                    case "title" -> out.add(h.title());
                    case "country" -> h.country().ifPresent(out::add);
                    case "organ" -> h.organ().ifPresent(out::add);
                    case "office" -> h.office().ifPresent(out::add);
                    case "person" -> out.add(h.person());
                    default -> { }
                }
            }
            case Event e -> {
                switch (name) {
                    case "category" -> out.add(e.category().name());
                    case "place" -> e.place().ifPresent(out::add);
                    case "countries" -> out.addAll(e.countries());
                    case "subjects" -> out.addAll(e.subjects());
                    default -> { }
                }
            }
            case Figure f -> {
                switch (name) {
                    case "unit" -> out.add(f.unit());
                    case "subject" -> f.subject().ifPresent(out::add);
                    case "country" -> f.country().ifPresent(out::add);
                    default -> { }
                }
            }
            default -> { }
        }
        return out;
    }

    private static void add(List<String> out, Optional<? extends Sourced<?>> attribute) {
        attribute.ifPresent(s -> out.add(String.valueOf(s.value())));
    }
}
