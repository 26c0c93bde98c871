package org.cstoquiz.app.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Figure;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.Membership;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Period;
import org.cstoquiz.domain.Person;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.domain.StatusPeriod;

/**
 * What a fact says, as labelled lines for reading: each line with the citations that support it.
 * Facts bundling several attributes (an organ's composition, function, seat...) give one line each.
 */
public final class FactDetails {

    /** One line of a fact: "Seat: Moscow", with the quotes that support it (may be empty). */
    public record Line(String name, String value, List<Citation> citations) {
    }

    private final FactBase base;
    private final List<Line> lines = new ArrayList<>();

    private FactDetails(FactBase base) {
        this.base = base;
    }

    public static List<Line> of(Fact fact, FactBase base) {
        FactDetails details = new FactDetails(base);
        details.describe(fact);
        return List.copyOf(details.lines);
    }

    /** The kind of a fact in words: "office holding", "conflicting claims". */
    public static String kindName(Fact fact) {
        String simple = fact.getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private void describe(Fact fact) {
        switch (fact) {
            case Organization o -> {
                line("Name", o.label(), o.citations());
                sourced("Type", o.type());
                sourced("Headquarters", o.headquarters());
                sourced("Purpose", o.purpose());
            }
            case Country c -> {
                line("Country", c.displayName(), c.citations());
                c.officialName().ifPresent(n -> line("Official name", n, List.of()));
                c.formerName().ifPresent(f -> line("Called until " + f.until().display(), f.name(), List.of()));
                if (!c.variants().isEmpty()) {
                    line("Also called", String.join(", ", c.variants()), List.of());
                }
                c.postSoviet().ifPresent(p -> line("Former Soviet republic", p.value() ? "yes" : "no", p.citations()));
            }
            case Place p -> {
                line("Place", p.displayName(), p.citations());
                p.country().ifPresent(c -> line("Country", name(c), List.of()));
                sourced("Capital of", p.capitalOf());
            }
            case Membership m -> {
                line("Membership", name(m.country()) + " in " + name(m.organization()), List.of());
                for (StatusPeriod period : m.periods()) {
                    String text = period.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                            + period(period.period()) + period.note().map(n -> " (" + n + ")").orElse("");
                    line("Status", text, period.citations());
                }
            }
            case Document d -> {
                line("Document", d.label() + d.abbreviation().map(a -> " (" + a + ")").orElse(""), d.citations());
                d.organization().ifPresent(o -> line("Organization", name(o), List.of()));
                sourced("What it says", d.summary());
                sourced("Term", d.term());
            }
            case Article a -> {
                line("Article", a.label() + " of the " + name(a.document()), a.citations());
                line("What it says", a.summary(), List.of());
            }
            case Organ o -> {
                line("Organ", o.label(), o.citations());
                o.parent().ifPresent(p -> line("Part of", name(p), List.of()));
                sourced("Role", o.role());
                sourced("Composition", o.composition());
                sourced("Function", o.function());
                sourced("Seat", o.seat());
                sourced("Head", o.head());
                sourced("Meetings", o.meetings());
            }
            case Office o -> {
                line("Office", o.displayName(), o.citations());
                o.organ().ifPresent(g -> line("Organ", name(g), List.of()));
                sourced("Standing", o.standing());
                sourced("Appointment", o.appointment());
                sourced("Term", o.term());
            }
            case Person p -> line("Person", p.displayName(), p.citations());
            case OfficeHolding h -> {
                line("Office holder", name(h.person()) + ": " + Names.bare(h.title()), h.citations());
                h.country().ifPresent(c -> line("Country", name(c), List.of()));
                line("When", period(h.period()), List.of());
            }
            case Event e -> {
                line("Date", e.date().display(), List.of());
                line("Event", e.title(), e.citations());
                e.place().ifPresent(p -> line("Place", name(p), List.of()));
            }
            case Force f -> {
                line("Force", f.label(), f.citations());
                sourced("Region", f.region());
                sourced("Composition", f.composition());
                sourced("Purpose", f.purpose());
            }
            case Figure f -> {
                line(f.metric(), f.display(), f.citations());
                f.country().ifPresent(c -> line("Country", name(c), List.of()));
                f.asOf().ifPresent(d -> line("As of", d.display(), List.of()));
            }
            case Operation o -> {
                line(o.kind().name().charAt(0) + o.kind().name().substring(1).toLowerCase(Locale.ROOT),
                        o.displayName(), o.citations());
                String when = o.from().map(PartialDate::display).orElse("")
                        + o.to().map(t -> "–" + t.display()).orElse("");
                if (!when.isEmpty()) {
                    line("When", when, List.of());
                }
                if (!o.places().isEmpty()) {
                    line("Where", String.join(", ", o.places().stream().map(this::name).toList()), List.of());
                }
                sourced("Purpose", o.purpose());
            }
            case Relation r -> {
                line("Relation", r.description(), r.citations());
                r.since().ifPresent(d -> line("Since", d.display(), List.of()));
            }
            case Statement s -> {
                line("Statement", s.text(), s.citations());
                s.asOf().ifPresent(d -> line("As of", d.display(), List.of()));
            }
            case ConflictingClaims c -> {
                line("Question", c.topic(), List.of());
                for (var claim : c.claims()) {
                    String adopted = claim.id().equals(c.adopted()) ? " (the reading this pack adopts)" : "";
                    line("Claim", claim.says() + claim.asOf().map(d -> ", as of " + d.display()).orElse("") + adopted,
                            claim.citations());
                }
                line("Why", c.rationale(), List.of());
            }
        }
    }

    private void line(String name, String value, List<Citation> citations) {
        lines.add(new Line(name, value, citations));
    }

    private void sourced(String name, Optional<? extends Sourced<String>> value) {
        value.ifPresent(v -> line(name, v.value(), v.citations()));
    }

    private String name(String id) {
        return base.find(id).map(Fact::label).orElse(id);
    }

    private static String period(Period period) {
        String from = period.from().map(d -> "from " + d.display()).orElse("");
        String to = period.to().map(d -> (from.isEmpty() ? "until " : " until ") + d.display()).orElse("");
        String asOf = period.asOf().map(d -> (from.isEmpty() && to.isEmpty() ? "" : ", ") + "as of " + d.display())
                .orElse("");
        String text = from + to + asOf;
        return text.isEmpty() ? "dates not given" : text;
    }
}
