package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A body of an organization: council, secretariat, staff, assembly, commission, centre...
 * Its creation is an {@link Event} (category {@link EventCategory#BODY_CREATED}) whose subjects
 * include the organ; its members and heads are {@link OfficeHolding}s.
 *
 * @param parent      id of the organ it works under, if any
 * @param role        its standing ("the highest body of the Organization")
 * @param composition who sits on it
 * @param function    what it does
 * @param seat        id of the {@link Place} where it is located
 * @param head        who heads it, or how its head is chosen
 * @param meetings    how often and where it meets
 */
public record Organ(String id, Area area, String name, Optional<String> abbreviation, List<String> variants,
                    String organization, Optional<String> parent, Optional<Sourced<String>> role,
                    Optional<Sourced<String>> composition, Optional<Sourced<String>> function,
                    Optional<Sourced<String>> seat, Optional<Sourced<String>> head,
                    Optional<Sourced<String>> meetings, List<Citation> citations) implements Fact, Named {

    public Organ {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        variants = List.copyOf(variants);
        Facts.requireText(organization, "organization");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(composition, "composition");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(meetings, "meetings");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return abbreviation.map(a -> displayName() + " (" + Names.bare(a) + ")").orElse(displayName());
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, role, composition, function, seat, head, meetings);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(role, composition, function, seat, head, meetings);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.to("organization", organization, Organization.class));
        parent.ifPresent(p -> refs.add(Reference.to("parent", p, Organ.class)));
        seat.ifPresent(s -> refs.add(Reference.to("seat", s.value(), Place.class)));
        return refs;
    }
}
