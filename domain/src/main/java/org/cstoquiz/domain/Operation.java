package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation, exercise or mission.
 *
 * @param from        when it began, if known
 * @param to          when it ended, if it did and the sources say so
 * @param places      ids of {@link Place}s where it took place
 * @param countries   ids of countries where it took place or that took part
 * @param coordinator id of the {@link Organ} that runs it, if any
 * @param purpose     what it is for
 */
public record Operation(String id, Area area, String name, List<String> variants, OperationKind kind,
                        String organization, Optional<PartialDate> from, Optional<PartialDate> to,
                        List<String> places, List<String> countries, Optional<String> coordinator,
                        Optional<Sourced<String>> purpose, List<Citation> citations) implements Fact, Named {

    public Operation {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        variants = List.copyOf(variants);
        Objects.requireNonNull(kind, "kind");
        Facts.requireText(organization, "organization");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isCertainlyAfter(to.get())) {
            throw new IllegalArgumentException("impossible dates: ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
        places = List.copyOf(places);
        countries = List.copyOf(countries);
        Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(purpose, "purpose");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return displayName();
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, purpose);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(purpose);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.to("organization", organization, Organization.class));
        for (int i = 0; i < places.size(); i++) {
            refs.add(Reference.to("places[" + i + "]", places.get(i), Place.class));
        }
        for (int i = 0; i < countries.size(); i++) {
            refs.add(Reference.to("countries[" + i + "]", countries.get(i), Country.class));
        }
        coordinator.ifPresent(c -> refs.add(Reference.to("coordinator", c, Organ.class)));
        return refs;
    }
}
