package org.cstoquiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictingClaimsTest {

    private static final Claim SUSPENDED = new Claim("suspended", "Uzbekistan suspended its membership",
            Optional.of(PartialDate.parse("2012-06-28")), List.of(new Citation("002.txt", "suspended it"),
            new Citation("003.txt", "suspended its membership")));
    private static final Claim CANCELLED = new Claim("cancelled", "Uzbekistan permanently cancelled its membership",
            Optional.empty(), List.of(new Citation("004.txt", "permanently cancelled its membership")));

    @Test
    void recordsEachClaimWithItsSourcesAndTheAdoptedReading() {
        ConflictingClaims c = new ConflictingClaims("conflict.uzbekistan-2012", Area.MEMBERS,
                "What did Uzbekistan do in 2012?", List.of(SUSPENDED, CANCELLED), "suspended",
                "The organization's own page says suspended.", List.of("membership.uzbekistan"));
        assertThat(c.adoptedClaim()).isEqualTo(SUSPENDED);
        assertThat(c.rejectedClaims()).containsExactly(CANCELLED);
        assertThat(c.sources()).containsExactly("002.txt", "003.txt", "004.txt");
        assertThat(SUSPENDED.sources()).containsExactly("002.txt", "003.txt");
        assertThat(c.citations()).hasSize(3);
        assertThat(c.atomicCount()).isZero();
        assertThat(c.references()).extracting(Reference::target).containsExactly("membership.uzbekistan");
    }

    @Test
    void needsTwoDistinctClaimsAndAKnownAdoptedOne() {
        assertThatThrownBy(() -> new ConflictingClaims("conflict.x", Area.MEMBERS, "?", List.of(SUSPENDED),
                "suspended", "why", List.of())).hasMessageContaining("at least two claims");
        assertThatThrownBy(() -> new ConflictingClaims("conflict.x", Area.MEMBERS, "?", List.of(SUSPENDED, SUSPENDED),
                "suspended", "why", List.of())).hasMessageContaining("two claims with id");
        assertThatThrownBy(() -> new ConflictingClaims("conflict.x", Area.MEMBERS, "?", List.of(SUSPENDED, CANCELLED),
                "withdrew", "why", List.of())).hasMessageContaining("unknown claim 'withdrew'");
        assertThatThrownBy(() -> new Claim("x", "says", Optional.empty(), List.of()))
                .hasMessageContaining("no citation");
    }

    @Test
    void aFactBaseKnowsWhichFactsAreContested() {
        ConflictingClaims c = new ConflictingClaims("conflict.uzbekistan-2012", Area.MEMBERS, "?",
                List.of(SUSPENDED, CANCELLED), "suspended", "why", List.of("membership.uzbekistan"));
        PackInfo pack = new PackInfo("t", "T", "org.csto", Optional.empty(), List.of(
                new SourceDocument("2", "002.txt", "two", Optional.empty()),
                new SourceDocument("3", "003.txt", "three", Optional.empty()),
                new SourceDocument("4", "004.txt", "four", Optional.empty()),
                new SourceDocument("s", TestFacts.SRC, "seed", Optional.empty())));
        FactBase base = FactBase.of(pack, List.of(TestFacts.organization("org.csto", "CSTO"),
                TestFacts.country("country.uzbekistan", "Uzbekistan"), TestFacts.uzbekistan(), c));
        assertThat(base.isContested("membership.uzbekistan")).isTrue();
        assertThat(base.isContested("country.uzbekistan")).isFalse();
        assertThat(base.conflictsAbout("membership.uzbekistan")).containsExactly(c);
        assertThat(base.summary().conflicts()).isEqualTo(1);
    }
}
