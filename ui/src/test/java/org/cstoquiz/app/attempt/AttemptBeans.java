package org.cstoquiz.app.attempt;

import java.util.Optional;
import org.cstoquiz.app.bank.BankCache;
import org.cstoquiz.app.bank.BankGenerator;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.content.Packs;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The beans behind attempts and the question bank they draw from, for slice tests of the features that store them (the clock comes from the test). */
@TestConfiguration
@Import({AttemptStore.class, AttemptRecords.class, AttemptTransactions.class, AttemptAnswerHistory.class,
        QuestionPool.class, OverdueSessions.class, QuestionBankService.class, BankGenerator.class, BankCache.class})
public class AttemptBeans {

    @Bean
    FactCatalog factCatalog() {
        return new FactCatalog(Packs.loadAll(Optional.empty()));
    }
}
