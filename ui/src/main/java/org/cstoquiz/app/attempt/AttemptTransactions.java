package org.cstoquiz.app.attempt;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work on attempts, each piece in a transaction of its own. Requests that change one attempt
 * take turns (its row is locked while they load and append); should two still clash (the attempt's
 * version or a step number, or a lock not granted in time), the work starts over from the steps as
 * they now are.
 */
@Component
class AttemptTransactions {

    private static final int TRIES = 3;

    private final TransactionTemplate transactions;

    AttemptTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    <T> T run(Supplier<T> work) {
        for (int tries = 1; ; tries++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (tries == TRIES) {
                    throw e;
                }
            }
        }
    }
}
