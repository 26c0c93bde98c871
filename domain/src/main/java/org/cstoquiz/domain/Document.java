package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A treaty, charter, protocol, strategy or other instrument. Its dates (signed, in force,
 * registered...) are {@link Event}s whose subjects include the document; its provisions are
 * {@link Article}s.
 *
 * @param organization the organization whose instrument it is, if any
 * @param summary      what the document is about, in the sources' words
 * @param term         how long it runs ("five years with the possibility of further extension")
 */
public record Document(String id, Area area, String name, Optional<String> abbreviation, List<String> variants,
                       DocumentKind kind, Optional<String> organization, Optional<Sourced<String>> summary,
                       Optional<Sourced<String>> term, List<Citation> citations) implements Fact, Named {

    public Document {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        variants = List.copyOf(variants);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(term, "term");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return displayName();
    }

    @Override
    public List<Citation> allCitations() {
        return Facts.all(citations, summary, term);
    }

    @Override
    public int atomicCount() {
        return 1 + Facts.count(summary, term);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        organization.ifPresent(o -> refs.add(Reference.to("organization", o, Organization.class)));
        return refs;
    }
}
