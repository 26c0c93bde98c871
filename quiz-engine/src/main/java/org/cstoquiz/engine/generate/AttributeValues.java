package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Sourced;

/** The values of a named attribute of a fact, as the domain records name them. */
public final class AttributeValues {

    /**
     * Attributes a fact has at most one value of, so that stating another value contradicts the facts
     * (an organ sits in one city; it may have several functions, and a function the sources do not
     * mention is not thereby false).
     */
    public static final Set<String> SINGLE_VALUED = Set.of("seat", "headquarters", "composition", "head", "parent",
            "organization", "organ", "number", "document", "term", "kind", "coordinator", "capitalOf", "region",
            "abbreviation", "standing", "appointment", "type");

    private AttributeValues() {
    }

    /**
     * Whether the fact has at most one value of the attribute: {@link #SINGLE_VALUED}, except a
     * force's composition, since forces nest (the CSTO Troops hold the rapid reaction forces, and so
     * their contingents too).
     */
    public static boolean singleValued(Fact fact, String attribute) {
        return SINGLE_VALUED.contains(attribute) && !(fact instanceof org.cstoquiz.domain.Force && attribute.equals("composition"));
    }

    /** The values; reference-valued attributes give fact ids. Empty when the fact has no such attribute. */
    public static List<String> of(Fact fact, String name) {
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
            case Article a -> {
                switch (name) {
                    case "document" -> out.add(a.document());
                    case "number" -> a.number().ifPresent(out::add);
                    case "title" -> out.add(a.title());
                    case "summary" -> out.add(a.summary());
                    default -> { }
                }
            }
            case Force f -> {
                switch (name) {
                    case "organization" -> out.add(f.organization());
                    case "region" -> add(out, f.region());
                    case "composition" -> add(out, f.composition());
                    case "purpose" -> add(out, f.purpose());
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
            default -> { }
        }
        return out;
    }

    private static void add(List<String> out, Optional<Sourced<String>> value) {
        value.ifPresent(v -> out.add(v.value()));
    }
}
