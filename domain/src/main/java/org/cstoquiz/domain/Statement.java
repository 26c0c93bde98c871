package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A true statement that fits no more specific kind of fact ("Signatories would not be able to
 * join other military alliances"). Useful for "Consider the following statements" questions.
 *
 * @param text     the statement, a plain English sentence faithful to the citations
 * @param subjects ids of the facts it is about
 * @param asOf     when it held, for statements that change
 */
public record Statement(String id, Area area, String text, List<String> subjects, Optional<PartialDate> asOf,
                        List<Citation> citations) implements Fact {

    public Statement {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(text, "text");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(asOf, "asOf");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return text;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            refs.add(Reference.to("subjects[" + i + "]", subjects.get(i)));
        }
        return refs;
    }
}
