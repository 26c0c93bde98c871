package org.cstoquiz.app.bank;

import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** Generates the question bank of a pack for a seed, once per pack and seed while it stays in the {@link BankCache}. */
@Component
public class BankGenerator {

    private final FactCatalog catalog;

    public BankGenerator(FactCatalog catalog) {
        this.catalog = catalog;
    }

    @Cacheable(cacheNames = BankCache.BANKS, sync = true)
    public Bank generate(String packId, long seed) {
        return QuestionBank.generate(catalog.pack(packId), seed);
    }
}
