package org.cstoquiz.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number stated by a source, with its unit and time frame.
 *
 * @param metric    what is counted ("active military personnel", "share of the CSTO budget")
 * @param value     the number as stated
 * @param unit      the unit ("people", "per cent", "tonnes", "firearms", "US dollars"...)
 * @param qualifier exact, about, more than, up to
 * @param subject   id of the fact the figure describes (a force, an operation, an organ...), if any
 * @param country   id of the country the figure is for, if per country
 * @param asOf      when the figure held (for figures that change)
 * @param since     start of the span a cumulative figure counts over ("since 2003"), inclusive
 * @param until     end of that span, inclusive
 * @param reportedBy the publication the figure comes from, where the source names one ("The Military
 *                   Balance 2018"): an estimate is asked as that publication's
 * @param sentence   how the figure is said, where "the X was N" reads badly: a sentence with {@value #VALUE}
 *                   where the figure goes ("At the 2014 Wales summit, members agreed to aim to spend
 *                   {value} of their defence budgets on major new equipment.")
 */
public record Figure(String id, Area area, String metric, BigDecimal value, String unit, Qualifier qualifier,
                     Optional<String> subject, Optional<String> country, Optional<PartialDate> asOf,
                     Optional<PartialDate> since, Optional<PartialDate> until, Optional<String> reportedBy,
                     Optional<String> sentence, List<Citation> citations)
        implements Fact {

    public Figure {
        Facts.requireId(id);
        Objects.requireNonNull(area, "area");
        Facts.requireText(metric, "metric");
        Objects.requireNonNull(value, "value");
        Facts.requireText(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.isPresent() && !placesTheValueOnce(sentence.get())) {
            throw new IllegalArgumentException("a figure's sentence needs " + VALUE + " once, where the figure goes");
        }
        if (since.isPresent() && until.isPresent() && since.get().isCertainlyAfter(until.get())) {
            throw new IllegalArgumentException("impossible dates: until (" + until.get() + ") before since (" + since.get() + ")");
        }
        citations = Facts.requireCitations(citations, id);
    }

    /** Where a figure's {@link #sentence} puts the figure. */
    public static final String VALUE = "{value}";

    /** Whether a sentence has {@link #VALUE} exactly once. */
    public static boolean placesTheValueOnce(String sentence) {
        int at = sentence.indexOf(VALUE);
        return at >= 0 && sentence.indexOf(VALUE, at + 1) < 0;
    }

    /** True for "about 20,000", "more than 30"...: never ask such a figure as an exact entry. */
    public boolean approximate() {
        return qualifier.isApproximate();
    }

    /** "about 20,000 people". */
    public String display() {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        return qualifier.prefix() + format.format(value) + " " + unit;
    }

    @Override
    public String label() {
        return metric + ": " + display() + asOf.map(a -> " (as of " + a.display() + ")").orElse("");
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        subject.ifPresent(s -> refs.add(Reference.to("subject", s)));
        country.ifPresent(c -> refs.add(Reference.to("country", c, Country.class)));
        return refs;
    }
}
