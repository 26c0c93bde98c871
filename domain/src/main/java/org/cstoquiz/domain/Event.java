package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened on a (partial) date.
 *
 * @param title     a short statement of what happened ("The Collective Security Treaty is signed in Tashkent")
 * @param place     id of the {@link Place}, if known
 * @param countries ids of the countries taking part or concerned
 * @param subjects  ids of other facts the event is about (the document signed, the organ created...)
 */
public record Event(String id, Area area, PartialDate date, EventCategory category, String title,
                    Optional<String> place, List<String> countries, List<String> subjects,
                    List<Citation> citations) implements Fact {

    public Event {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Facts.requireText(title, "title");
        Objects.requireNonNull(place, "place");
        countries = List.copyOf(countries);
        subjects = List.copyOf(subjects);
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return date.display() + ": " + Names.capitalized(title);
    }

    public boolean isAbout(String factId) {
        return subjects.contains(factId) || countries.contains(factId) || place.filter(factId::equals).isPresent();
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        place.ifPresent(p -> refs.add(Reference.to("place", p, Place.class)));
        for (int i = 0; i < countries.size(); i++) {
            refs.add(Reference.to("countries[" + i + "]", countries.get(i), Country.class));
        }
        for (int i = 0; i < subjects.size(); i++) {
            refs.add(Reference.to("subjects[" + i + "]", subjects.get(i)));
        }
        return refs;
    }
}
