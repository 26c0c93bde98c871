package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.cstoquiz.domain.PackInfo;
import org.junit.jupiter.api.Test;

class QuestionBanksTest {

    @Test
    void oneBankPerPackWithTheBuiltInPackFirst() {
        QuestionBanks banks = QuestionBanks.load(Optional.of(TestPacks.EXTRA));

        assertThat(banks.packs()).extracting(PackInfo::id).containsExactly("csto", "nato", "nordic");
        assertThat(banks.defaultPack()).isEqualTo("csto");
        Bank nato = banks.bank("nato", 5);
        assertThat(nato.packId()).isEqualTo("nato");
        assertThat(banks.bank("nato", 5)).isSameAs(nato);
        assertThat(banks.bank("csto", 5).packId()).isEqualTo("csto");
        assertThat(banks.facts("nordic").pack().name()).isEqualTo("Nordic Defence Cooperation");
    }

    @Test
    void anUnknownPackIsNamedWithThePacksThereAre() {
        QuestionBanks banks = new QuestionBanks(TestPacks.ALL);

        assertThatThrownBy(() -> banks.bank("osce", 1)).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no pack 'osce' (packs: csto, nato)");
    }
}
