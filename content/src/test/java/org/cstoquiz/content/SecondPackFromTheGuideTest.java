package org.cstoquiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Statement;
import org.junit.jupiter.api.Test;

/**
 * The packs in src/test/resources/extra-packs (nato, nordic) were written from docs/content-format.md
 * alone.
 */
class SecondPackFromTheGuideTest {

    static final Path EXTRA_PACKS = Path.of("src/test/resources/extra-packs");

    @Test
    void loadsNextToTheBuiltInPack() {
        List<FactBase> packs = Packs.loadAll(Optional.of(EXTRA_PACKS));

        assertThat(packs).extracting(p -> p.pack().id()).containsExactly("csto", "nato", "nordic");
        FactBase nordic = packs.get(2);
        assertThat(nordic.primaryOrganization().name()).isEqualTo("Nordic Defence Cooperation");
        assertThat(nordic.membersAt("org.nordefco", PartialDate.ofYear(2015)).members())
                .extracting(c -> c.name())
                .containsExactlyInAnyOrder("Denmark", "Finland", "Iceland", "Norway", "Sweden");
        assertThat(nordic.all(Event.class)).extracting(e -> e.date().toString())
                .containsExactlyInAnyOrder("2009-11-04", "2009-11");
        assertThat(nordic.all(Statement.class)).hasSize(2);
    }

    @Test
    void aPackCanBeCheckedOnItsOwn() {
        FactBase nordic = PackLoader.fromDirectory(EXTRA_PACKS.resolve("nordic"));

        assertThat(nordic.summary().totalFacts()).isGreaterThanOrEqualTo(15);
        assertThat(nordic.find("figure.nordefco-member-count")).isPresent();
    }

    @Test
    void aPackWithALongHistoryLoadsFromItsOwnSources() {
        FactBase nato = PackLoader.fromDirectory(EXTRA_PACKS.resolve("nato"));

        assertThat(nato.pack().id()).isEqualTo("nato");
        assertThat(nato.summary().totalFacts()).isGreaterThanOrEqualTo(100);
        assertThat(nato.membersAt("org.nato", PartialDate.ofYear(1950)).members()).hasSize(12);
        assertThat(nato.membersAt("org.nato", PartialDate.parse("2023-12-31")).members()).hasSize(31);
    }
}
