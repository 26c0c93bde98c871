package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesTheThreePrecisions() {
        assertThat(PartialDate.parse("1992").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("1992-05").precision()).isEqualTo(Precision.MONTH);
        PartialDate d = PartialDate.parse("1992-05-15");
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.year()).isEqualTo(1992);
        assertThat(d.month()).hasValue(5);
        assertThat(d.day()).hasValue(15);
        assertThat(d.toLocalDate()).contains(LocalDate.of(1992, 5, 15));
    }

    @Test
    void yearOnlyDateHasNoMonthOrDay() {
        PartialDate d = PartialDate.parse("2002");
        assertThat(d.month()).isEmpty();
        assertThat(d.day()).isEmpty();
        assertThat(d.toLocalDate()).isEmpty();
        assertThat(d.supports(Precision.YEAR)).isTrue();
        assertThat(d.supports(Precision.MONTH)).isFalse();
        assertThat(d.supports(Precision.DAY)).isFalse();
        assertThat(PartialDate.parse("2003-12").supports(Precision.MONTH)).isTrue();
        assertThat(PartialDate.parse("2003-12").supports(Precision.DAY)).isFalse();
    }

    @Test
    void roundTripsThroughText() {
        for (String s : List.of("1992", "1999-04", "2012-06-28", "0800")) {
            assertThat(PartialDate.parse(s)).hasToString(s);
        }
        assertThat(PartialDate.parse("1992-05-15").display()).isEqualTo("15 May 1992");
        assertThat(PartialDate.parse("2003-12").display()).isEqualTo("December 2003");
        assertThat(PartialDate.parse("2004").display()).isEqualTo("2004");
    }

    @Test
    void rejectsMalformedAndImpossibleDates() {
        for (String bad : List.of("", "92", "1992-5", "1992-13", "1992-00", "1992-02-30", "15.05.1992", "1992-05-15T00:00",
                "2001-02-29")) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThat(PartialDate.tryParse(bad)).as(bad).isEmpty();
        }
        assertThat(PartialDate.parse("2000-02-29").day()).hasValue(29);
    }

    @Test
    void spansCoverEveryDayTheDateMayDenote() {
        assertThat(PartialDate.parse("1999").earliest()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(PartialDate.parse("1999").latest()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(PartialDate.parse("2004-02").latest()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(PartialDate.parse("1994-04-20").earliest()).isEqualTo(PartialDate.parse("1994-04-20").latest());
    }

    @Test
    void comparesWithoutGuessing() {
        PartialDate y1999 = PartialDate.parse("1999");
        PartialDate april2 = PartialDate.parse("1999-04-02");
        PartialDate y2006 = PartialDate.parse("2006");
        assertThat(y1999.isCertainlyBefore(y2006)).isTrue();
        assertThat(y1999.isCertainlyBefore(april2)).isFalse();
        assertThat(april2.isCertainlyAfter(y1999)).isFalse();
        assertThat(y1999.mayCoincide(april2)).isTrue();
        assertThat(y1999.before(april2)).isEqualTo(Truth.UNKNOWN);
        assertThat(april2.before(PartialDate.parse("1999-04-03"))).isEqualTo(Truth.YES);
        assertThat(PartialDate.parse("1999-05").before(april2)).isEqualTo(Truth.NO);
        assertThat(april2.within(y1999)).isTrue();
        assertThat(y1999.within(april2)).isFalse();
    }

    @Test
    void naturalOrderSortsByYearThenMonthThenDayWithCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("1999-04-02"), PartialDate.parse("1999"),
                PartialDate.parse("1993-12-31"), PartialDate.parse("1999-04"), PartialDate.parse("1993-09-24")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("1993-09-24", "1993-12-31", "1999", "1999-04", "1999-04-02");
    }

    @Test
    void equalityIsByValueAndPrecision() {
        assertThat(PartialDate.parse("2002")).isEqualTo(PartialDate.ofYear(2002));
        assertThat(PartialDate.parse("2002")).isNotEqualTo(PartialDate.parse("2002-01"));
        assertThat(PartialDate.parse("2002-10-07")).hasSameHashCodeAs(PartialDate.ofDay(2002, 10, 7));
        assertThat(PartialDate.parse("2002-10-07").truncatedTo(Precision.YEAR)).isEqualTo(PartialDate.ofYear(2002));
        assertThat(PartialDate.parse("2002").truncatedTo(Precision.DAY)).isEqualTo(PartialDate.ofYear(2002));
    }
}
