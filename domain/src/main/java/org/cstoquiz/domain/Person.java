package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;

/**
 * A person named in the sources. {@code name} is the usual English order ("Nikol Pashinyan");
 * {@code variants} hold the forms the sources use ("Pashinyan Nikol Vovayevich").
 */
public record Person(String id, Area area, String name, List<String> variants, List<Citation> citations)
        implements Fact, Named {

    public Person {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        variants = List.copyOf(variants);
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return displayName();
    }
}
