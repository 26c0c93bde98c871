package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;

/**
 * A reference from one fact to another by id, as written in a field of the referring fact.
 *
 * @param field   the field holding the reference, e.g. {@code country} or {@code subjects[2]}
 * @param target  the id referred to
 * @param allowed the kinds of fact the target may be; empty means any kind
 */
public record Reference(String field, String target, List<Class<? extends Fact>> allowed) {

    public Reference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(target, "target");
        allowed = List.copyOf(allowed);
    }

    @SafeVarargs
    public static Reference to(String field, String target, Class<? extends Fact>... allowed) {
        return new Reference(field, target, List.of(allowed));
    }

    public boolean accepts(Fact fact) {
        return allowed.isEmpty() || allowed.stream().anyMatch(k -> k.isInstance(fact));
    }

    /** "a country" / "an organization or a country" / "a fact". */
    public String describeAllowed() {
        if (allowed.isEmpty()) {
            return "a fact";
        }
        return String.join(" or ", allowed.stream().map(Reference::kindName).toList());
    }

    static String kindName(Class<? extends Fact> kind) {
        String words = kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
