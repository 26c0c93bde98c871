package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation between two facts, read as "subject kind object": {@code org.csto SIGNED_WITH org.sco}.
 *
 * @param since       when the relation began, if known
 * @param asOf        when it was observed to hold, for relations that change
 * @param description the relation in a plain sentence faithful to the citations
 */
public record Relation(String id, Area area, String subject, RelationKind kind, String object,
                       Optional<PartialDate> since, Optional<PartialDate> asOf, String description,
                       List<Citation> citations) implements Fact {

    public Relation {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Facts.requireText(object, "object");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(asOf, "asOf");
        Facts.requireText(description, "description");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return description;
    }

    public boolean involves(String factId) {
        return subject.equals(factId) || object.equals(factId);
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to("subject", subject), Reference.to("object", object));
    }
}
