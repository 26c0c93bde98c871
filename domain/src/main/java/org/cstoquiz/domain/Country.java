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
 * @param formerName   the name it went by until a date, shown for dates before it ("West Germany")
 */
public record Country(String id, Area area, String name, Optional<String> officialName, List<String> variants,
                      Optional<Sourced<Boolean>> postSoviet, Optional<FormerName> formerName, List<Citation> citations)
        implements Fact, Named {

    /** The name the state went by until a date ("West Germany" until 3 October 1990). */
    public record FormerName(String name, PartialDate until) implements java.io.Serializable {
        public FormerName {
            Facts.requireText(name, "formerName");
            Objects.requireNonNull(until, "formerNameUntil");
        }
    }

    public Country {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(officialName, "officialName");
        variants = List.copyOf(variants);
        Objects.requireNonNull(postSoviet, "postSoviet");
        Objects.requireNonNull(formerName, "formerName");
        citations = Facts.requireCitations(citations, id);
    }

    /** The name as it reads in a sentence about {@code date}: the former name before it changed. */
    public String nameAt(PartialDate date) {
        return formerName.filter(f -> date.isCertainlyBefore(f.until())).map(FormerName::name).orElse(name);
    }

    /** {@link #displayName()} at {@code date}. */
    public String displayNameAt(PartialDate date) {
        return Names.bare(nameAt(date));
    }

    /** The names it went by at {@code date}: before a change of name, not the later one ("Germany" for 1955 is wrong). */
    public List<String> allNamesAt(PartialDate date) {
        return formerName.filter(f -> date.isCertainlyBefore(f.until())).isEmpty() ? allNames()
                : allNames().stream().filter(n -> !n.equals(name)).toList();
    }

    @Override
    public List<String> allNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(name);
        officialName.ifPresent(names::add);
        names.addAll(variants);
        formerName.map(FormerName::name).filter(n -> !names.contains(n)).ifPresent(names::add);
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
