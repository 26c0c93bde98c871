package org.cstoquiz.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provision of a {@link Document}: a numbered article ("Article 4") or, when the sources do not
 * give a number, an unnumbered provision.
 *
 * @param number  the article number as written ("4", "51"), empty for unnumbered provisions
 * @param title   a short name for the provision ("mutual defence commitment")
 * @param summary what it says, in plain English faithful to the citations
 */
public record Article(String id, Area area, String document, Optional<String> number, String title,
                      String summary, List<Citation> citations) implements Fact {

    public Article {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(document, "document");
        Objects.requireNonNull(number, "number");
        Facts.requireText(title, "title");
        Facts.requireText(summary, "summary");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return number.map(n -> "Article " + n + " (" + title + ")").orElse(Names.capitalized(title));
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to("document", document, Document.class));
    }
}
