package org.cstoquiz.app.attempt;

import org.cstoquiz.app.bank.BankCache;
import org.cstoquiz.app.bank.BankGenerator;
import org.cstoquiz.app.bank.QuestionBankService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The beans behind attempts, for slice tests of the features that store them (a fact catalog and a clock come from the test). */
@TestConfiguration
@Import({AttemptStore.class, AttemptRecords.class, AttemptTransactions.class, AttemptAnswerHistory.class,
        QuestionPool.class, OverdueSessions.class, QuestionBankService.class, BankGenerator.class, BankCache.class})
public class AttemptBeans {
}
