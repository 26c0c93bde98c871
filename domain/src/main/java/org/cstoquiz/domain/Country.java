package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state. Its memberships are separate {@link Membership} facts.
 *
 * @param officialName the formal name when the sources give one ("Kyrgyz Republic")
 * @param variants     other accepted names ("Russian Federation" for Russia)
 * @param postSoviet   whether the sources call it a post-Soviet (former Soviet) state
 */
public record Country(String id, Area area, String name, Optional<String> officialName, List<String> variants,
                      Optional<Sourced<Boolean>> postSoviet, List<Citation> citations) implements Fact, Named {

    public Country {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(officialName, "officialName");
        variants = List.copyOf(variants);
        Objects.requireNonNull(postSoviet, "postSoviet");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public List<String> allNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(name);
        officialName.ifPresent(names::add);
        names.addAll(variants);
        return List.copyOf(names);
    }

    @Override
    public String label() {
        return displayName();
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, postSoviet);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(postSoviet);
    }
}
