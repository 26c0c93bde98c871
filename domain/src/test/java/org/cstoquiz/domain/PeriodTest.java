package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    @Test
    void dayPrecisePeriodCoversExactly() {
        Period p = Period.between(d("1994-04-20"), d("1999-04-02"));
        assertThat(p.covers(d("1994-04-19"))).isEqualTo(Truth.NO);
        assertThat(p.covers(d("1994-04-20"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("1999-04-01"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("1999-04-02"))).isEqualTo(Truth.NO);
        assertThat(p.covers(d("1995"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("1998"))).isEqualTo(Truth.YES);
    }

    @Test
    void aYearThatContainsAChangeIsUnknown() {
        Period p = Period.between(d("1994-04-20"), d("1999-04-02"));
        assertThat(p.covers(d("1994"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("1999"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("1999-04"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.overlaps(d("1999"))).isEqualTo(Truth.YES);
        assertThat(p.overlaps(d("2000"))).isEqualTo(Truth.NO);
    }

    @Test
    void yearPreciseBoundsAreConservative() {
        Period p = Period.between(d("2006"), d("2012"));
        assertThat(p.covers(d("2006"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("2006-12-30"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("2006-12-31"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("2007"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("2011-12-31"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("2012-01-01"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("2013"))).isEqualTo(Truth.NO);
        assertThat(p.covers(d("2005-12-31"))).isEqualTo(Truth.NO);
    }

    @Test
    void openPeriodHoldsIndefinitelyUnlessBoundedByAsOf() {
        assertThat(Period.from(d("1994-04-20")).covers(d("2040"))).isEqualTo(Truth.YES);
        Period observed = new Period(Optional.of(d("1994-04-20")), Optional.empty(), Optional.of(d("2022-04-01")));
        assertThat(observed.covers(d("2022-04-01"))).isEqualTo(Truth.YES);
        assertThat(observed.covers(d("2021"))).isEqualTo(Truth.YES);
        assertThat(observed.covers(d("2023"))).isEqualTo(Truth.UNKNOWN);
        assertThat(observed.covers(d("1993"))).isEqualTo(Truth.NO);
    }

    @Test
    void snapshotHoldsOnlyAtItsDate() {
        Period p = Period.snapshot(d("2012-05-20"));
        assertThat(p.covers(d("2012-05-20"))).isEqualTo(Truth.YES);
        assertThat(p.covers(d("2012-05"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("2010"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.covers(d("2013"))).isEqualTo(Truth.UNKNOWN);
        assertThat(p.overlaps(d("2012"))).isEqualTo(Truth.YES);
    }

    @Test
    void periodKnownOnlyByItsEndIsNeverCertain() {
        Period ousted = new Period(Optional.empty(), Optional.of(d("2010-04")), Optional.empty());
        assertThat(ousted.covers(d("2009"))).isEqualTo(Truth.UNKNOWN);
        assertThat(ousted.covers(d("2010-05"))).isEqualTo(Truth.NO);
        assertThat(ousted.overlaps(d("2010-05"))).isEqualTo(Truth.NO);
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(Period.problem(Optional.of(d("1999")), Optional.of(d("1994")), Optional.empty()))
                .hasValueSatisfying(m -> assertThat(m).contains("ends (1994) before it starts (1999)"));
        assertThat(Period.problem(Optional.of(d("1994-04-20")), Optional.of(d("1994-04-20")), Optional.empty()))
                .hasValueSatisfying(m -> assertThat(m).contains("on the day it starts"));
        assertThat(Period.problem(Optional.of(d("2024")), Optional.of(d("2024")), Optional.empty())).isEmpty();
        assertThat(Period.problem(Optional.of(d("2006")), Optional.empty(), Optional.of(d("2005")))).isPresent();
        assertThat(Period.problem(Optional.empty(), Optional.empty(), Optional.empty())).isPresent();
        assertThatThrownBy(() -> Period.between(d("2012-06-28"), d("2006-06-23")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impossible dates");
    }
}
