package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Claim;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.PartialDate;
import org.junit.jupiter.api.Test;

/** What a question on a disputed step may ask without naming a source: only what every source gives alike. */
class DisputesTest {

    private static Claim claim(String id, String says, String asOf, String source) {
        return new Claim(id, says, Optional.of(PartialDate.parse(asOf)), List.of(new Citation(source, says)));
    }

    private static final ConflictingClaims UZBEKISTAN_2012 = new ConflictingClaims("conflict.step", Area.MEMBERS,
            "What did Uzbekistan do in 2012?", List.of(
                    claim("suspended", "Uzbekistan suspended its membership.", "2012-06-28", "002"),
                    claim("withdrew", "Uzbekistan briefly rejoined in 2006 but withdrew in 2012.", "2012", "001")),
            "suspended", "The organization's own word.", List.of("event.step"));

    @Test
    void theStateAndTheYearEverySourceGivesMayBeAsked() {
        assertThat(Disputes.agreeOn(List.of(UZBEKISTAN_2012), List.of("2012", "Uzbekistan"))).isTrue();
    }

    @Test
    void aDayOfTheYearAClaimDatesOnlyByItsYearDoesNotGainsayIt() {
        assertThat(Disputes.agreeOn(List.of(UZBEKISTAN_2012), List.of("28", "June", "2012", "Uzbekistan"))).isTrue();
    }

    @Test
    void whatOneSourceSaysAndAnotherDoesNotIsDisputed() {
        assertThat(Disputes.agreeOn(List.of(UZBEKISTAN_2012), List.of("2012", "suspended"))).isFalse();
        assertThat(Disputes.agreeOn(List.of(UZBEKISTAN_2012), List.of("28", "June", "2011", "Uzbekistan"))).isFalse();
        assertThat(Disputes.agreeOn(List.of(UZBEKISTAN_2012), List.of())).isFalse();
    }

    @Test
    void aTwoSourceClaimAgainstOneSettlesIt() {
        ConflictingClaims twoAgainstOne = new ConflictingClaims("conflict.year", Area.DATES, "When?", List.of(
                new Claim("a", "In 1999.", Optional.empty(), List.of(new Citation("001", "1999"), new Citation("002", "1999"))),
                claim("b", "In 1992.", "1992", "000")), "a", "Most sources.", List.of("event.x"));
        assertThat(Disputes.settledByMost(List.of(twoAgainstOne))).isTrue();
        assertThat(Disputes.settledByMost(List.of(UZBEKISTAN_2012))).isFalse();
    }
}
