package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An international organization (CSTO, CIS, SCO, NATO, UN, GUAM, EurAsEC...).
 *
 * @param type         what kind of organization the sources call it ("military alliance")
 * @param headquarters id of the {@link Place} where it is headquartered
 * @param purpose      its purpose in the sources' words
 */
public record Organization(String id, Area area, String name, Optional<String> abbreviation, List<String> variants,
                           Optional<Sourced<String>> type, Optional<Sourced<String>> headquarters,
                           Optional<Sourced<String>> purpose, List<Citation> citations) implements Fact, Named {

    public Organization {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        variants = List.copyOf(variants);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(purpose, "purpose");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return abbreviation.map(a -> displayName() + " (" + Names.bare(a) + ")").orElse(displayName());
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, type, headquarters, purpose);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(type, headquarters, purpose);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        headquarters.ifPresent(h -> refs.add(Reference.to("headquarters", h.value(), Place.class)));
        return refs;
    }
}
