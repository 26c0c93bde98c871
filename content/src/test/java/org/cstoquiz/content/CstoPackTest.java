package org.cstoquiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.cstoquiz.domain.FactBase;
import org.junit.jupiter.api.Test;

class CstoPackTest {

    @Test
    void loads() {
        FactBase base;
        try {
            base = Packs.loadBuiltIn();
        } catch (PackValidationException e) {
            System.out.println(e.getMessage());
            throw e;
        }
        System.out.println(base.summary());
        assertThat(base.summary().totalFacts()).isGreaterThanOrEqualTo(250);
    }
}
