package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post in an organization (Secretary General, chairmanship of a council, rotating presidency).
 * Who held it, and when, are {@link OfficeHolding}s.
 *
 * @param organ      id of the organ the office heads or belongs to, if any
 * @param standing   what the office is ("the highest administrative official")
 * @param appointment how the holder is chosen
 * @param term       how long a holder serves
 */
public record Office(String id, Area area, String name, List<String> variants, String organization,
                     Optional<String> organ, Optional<Sourced<String>> standing,
                     Optional<Sourced<String>> appointment, Optional<Sourced<String>> term,
                     List<Citation> citations) implements Fact, Named {

    public Office {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        variants = List.copyOf(variants);
        Facts.requireText(organization, "organization");
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(term, "term");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return displayName();
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, standing, appointment, term);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(standing, appointment, term);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.to("organization", organization, Organization.class));
        organ.ifPresent(o -> refs.add(Reference.to("organ", o, Organ.class)));
        return refs;
    }
}
