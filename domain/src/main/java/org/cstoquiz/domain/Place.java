package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A city or region where something happened or is seated.
 *
 * @param kind      city, region or other site, when the author says so (questions offer places of one kind)
 * @param country   id of the country it lies in, when the sources say so
 * @param capitalOf id of the country whose capital the sources call it
 */
public record Place(String id, Area area, String name, List<String> variants, Optional<PlaceKind> kind,
                    Optional<String> country, Optional<Sourced<String>> capitalOf, List<Citation> citations)
        implements Fact, Named {

    public Place {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        variants = List.copyOf(variants);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(capitalOf, "capitalOf");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return displayName();
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, capitalOf);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(capitalOf);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        country.ifPresent(c -> refs.add(Reference.to("country", c, Country.class)));
        capitalOf.ifPresent(c -> refs.add(Reference.to("capitalOf", c.value(), Country.class)));
        return refs;
    }
}
