package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fact with a name and accepted variants (Kyrgyzstan / Kyrgyz Republic, Chișinău / Chisinau). */
public interface Named {

    /** The name as it reads inside a sentence, with "the" where English needs it ("the Collective Security Council"). */
    String name();

    /** The name on its own (an option, a label): without a leading "the", capitalised. */
    default String displayName() {
        return Names.bare(name());
    }

    /** Other accepted names, abbreviations excluded. */
    List<String> variants();

    default Optional<String> abbreviation() {
        return Optional.empty();
    }

    /** The name, the abbreviation if any, and every variant. */
    default List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(name());
        abbreviation().ifPresent(names::add);
        names.addAll(variants());
        return List.copyOf(names);
    }

    /** True when a typed answer is one of the names (ignoring case, accents, punctuation, "the"). */
    default boolean answersTo(String typed) {
        String t = Names.normalize(typed);
        return !t.isEmpty() && allNames().stream().anyMatch(n -> Names.normalize(n).equals(t));
    }

    /** True when this and {@code other} share a name, i.e. two options would mean the same thing. */
    default boolean sharesNameWith(Named other) {
        return allNames().stream().anyMatch(other::answersTo);
    }
}
