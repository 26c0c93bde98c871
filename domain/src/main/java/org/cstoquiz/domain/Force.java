package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standing force or grouping of troops (Collective Rapid Reaction Forces, peacekeeping forces...).
 * Its creation is an {@link Event} ({@link EventCategory#FORCE_CREATED}); its size is a {@link Figure}.
 *
 * @param region      where it is deployed or which region it serves
 * @param composition what it is made of
 * @param purpose     what it is for
 */
public record Force(String id, Area area, String name, Optional<String> abbreviation, List<String> variants,
                    String organization, Optional<Sourced<String>> region, Optional<Sourced<String>> composition,
                    Optional<Sourced<String>> purpose, List<Citation> citations) implements Fact, Named {

    public Force {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        variants = List.copyOf(variants);
        Facts.requireText(organization, "organization");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(composition, "composition");
        Objects.requireNonNull(purpose, "purpose");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return abbreviation.map(a -> displayName() + " (" + Names.bare(a) + ")").orElse(displayName());
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, region, composition, purpose);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(region, composition, purpose);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.to("organization", organization, Organization.class));
        return refs;
    }
}
