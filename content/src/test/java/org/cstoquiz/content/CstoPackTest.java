package org.cstoquiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.MembershipStatus;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Quotes;
import org.cstoquiz.domain.StatusAt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CstoPackTest {

    /** The pack's own copies of the five texts it is drawn from. */
    static final Path PACK_COPIES = Path.of("src/main/resources/packs/csto/sources");

    static FactBase csto;

    @BeforeAll
    static void load() {
        csto = Packs.loadBuiltIn();
        System.out.println(csto.summary());
    }

    @Test
    void holdsAtLeast250AtomicFactsAndEveryArea() {
        assertThat(csto.summary().totalFacts()).isGreaterThanOrEqualTo(250);
        for (Area area : Area.values()) {
            assertThat(csto.summary().factsPerArea().get(area)).as(area.key()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void everyQuoteOccursVerbatimInItsSeed() throws IOException {
        Path texts = PACK_COPIES;
        System.out.println("Checking quotes against " + texts.toAbsolutePath().normalize());
        Map<String, String> seedText = new HashMap<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Fact fact : csto.facts()) {
            for (Citation c : fact.citations()) {
                String text = seedText.computeIfAbsent(c.source(), file -> read(texts.resolve(file)));
                checked++;
                if (!Quotes.occursIn(c.quote(), text)) {
                    missing.add(fact.id() + " -> " + c);
                }
            }
        }
        System.out.println(checked + " quotes checked");
        assertThat(checked).isGreaterThan(500);
        assertThat(seedText.keySet()).hasSize(5);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDisagreementTheSeedsReadmeListsIsModelled() {
        assertThat(conflict("conflict.member-count")).satisfies(c -> {
            assertThat(c.sources()).contains("000_53a6dcc3c8330098.txt", "001_e90d4222fed7800f.txt");
            assertThat(c.facts()).contains("figure.member-count-2012", "figure.member-count-current");
        });
        assertThat(conflict("conflict.uzbekistan-2012").claims()).extracting(cl -> cl.id())
                .contains("suspended", "cancelled");
        assertThat(conflict("conflict.founding-members").sources()).contains("000_53a6dcc3c8330098.txt");
        assertThat(conflict("conflict.armenia-status").adoptedClaim().sources()).containsExactly("001_e90d4222fed7800f.txt");
        assertThat(conflict("conflict.protocol-year")).satisfies(c -> {
            assertThat(c.claim("year-1992").orElseThrow().sources()).containsExactly("000_53a6dcc3c8330098.txt");
            assertThat(c.adopted()).isEqualTo("year-1999");
        });
        assertThat(conflict("conflict.presidency-rotation").sources())
                .contains("002_9841b17b27cf22dc.txt", "003_e4b088d5d6c952e1.txt");
        assertThat(conflict("conflict.kanal-firearms")).satisfies(c -> {
            assertThat(c.sources()).contains("000_53a6dcc3c8330098.txt", "002_9841b17b27cf22dc.txt");
            assertThat(c.facts()).contains("figure.kanal-firearms-2003-2011", "figure.canal-firearms");
        });
        assertThat(conflict("conflict.observer-status")).satisfies(c -> {
            assertThat(c.claims()).extracting(cl -> cl.id())
                    .containsExactly("in-the-csto", "at-the-parliamentary-assembly");
            assertThat(c.facts()).contains("membership.afghanistan.csto", "membership.serbia.csto");
        });
        for (ConflictingClaims c : csto.conflicts()) {
            assertThat(c.facts()).allSatisfy(id -> assertThat(csto.contains(id)).as(id).isTrue());
        }
    }

    @Test
    void uzbekistansWholeHistoryIsThere() {
        assertThat(status("country.uzbekistan", PartialDate.ofYear(1995))).isEqualTo(MembershipStatus.MEMBER);
        assertThat(status("country.uzbekistan", PartialDate.ofYear(2003))).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(status("country.uzbekistan", PartialDate.ofYear(2010))).isEqualTo(MembershipStatus.MEMBER);
        assertThat(status("country.uzbekistan", PartialDate.ofYear(2015))).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(csto.membership("country.armenia", "org.csto").orElseThrow().periods().getLast())
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(MembershipStatus.INTENTION_TO_WITHDRAW_ANNOUNCED);
                    assertThat(p.period().from()).contains(PartialDate.ofYear(2024));
                });
        assertThat(csto.membersAt("org.csto", PartialDate.ofYear(2015)).members()).extracting(c -> c.name())
                .containsExactlyInAnyOrder("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan");
    }

    @Test
    void theArticlesTheSeedsMentionAreThere() {
        assertThat(csto.article("doc.cst", "4")).isPresent();
        assertThat(csto.article("doc.cst", "6")).isPresent();
        assertThat(csto.article("doc.csto-charter", "3")).isPresent();
        assertThat(csto.article("doc.csto-charter", "8")).isPresent();
        assertThat(csto.article("doc.csto-charter", "9")).isPresent();
        assertThat(csto.article("doc.un-charter", "51")).isPresent();
        assertThat(csto.article("doc.nato-treaty", "5")).isPresent();
    }

    private static MembershipStatus status(String country, PartialDate at) {
        StatusAt s = csto.statusAt(country, "org.csto", at);
        assertThat(s).as(country + " at " + at).isInstanceOf(StatusAt.Known.class);
        return ((StatusAt.Known) s).status();
    }

    private static ConflictingClaims conflict(String id) {
        return csto.get(id, ConflictingClaims.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read seed " + file, e);
        }
    }
}
