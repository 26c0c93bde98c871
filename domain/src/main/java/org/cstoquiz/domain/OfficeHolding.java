package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person holding a position during a period: a CSTO office (Secretary General), a seat on an
 * organ by virtue of a national post ("President of the Republic of Belarus" on the Collective
 * Security Council), or a national post alone.
 *
 * @param title   the position as the sources write it
 * @param country id of the country the position belongs to, if national
 * @param organ   id of the organ on which the position gives a seat, if any
 * @param office  id of the {@link Office} held, if any
 * @param period  when; often only "as of" a date
 */
public record OfficeHolding(String id, Area area, String person, String title, Optional<String> country,
                            Optional<String> organ, Optional<String> office, Period period,
                            List<Citation> citations) implements Fact {

    public OfficeHolding {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(person, "person");
        Facts.requireText(title, "title");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(period, "period");
        citations = Facts.requireCitations(citations, id);
    }

    @Override
    public String label() {
        return person + ": " + Names.bare(title);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(Reference.to("person", person, Person.class));
        country.ifPresent(c -> refs.add(Reference.to("country", c, Country.class)));
        organ.ifPresent(o -> refs.add(Reference.to("organ", o, Organ.class)));
        office.ifPresent(o -> refs.add(Reference.to("office", o, Office.class)));
        return refs;
    }
}
