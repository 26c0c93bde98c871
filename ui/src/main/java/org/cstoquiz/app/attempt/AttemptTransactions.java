package org.cstoquiz.app.attempt;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work on attempts, each piece in a transaction of its own. Requests that change one attempt
 * take turns (its row is locked while they load and append); should two still clash (the attempt's
 * version or a step number, or a lock not granted in time), the work starts over from the steps as
 * they now are, up to {@value #TRIES} times in all, a few milliseconds apart.
 */
@Component
class AttemptTransactions {

    static final int TRIES = 3;

    private final TransactionTemplate transactions;
    private final RetryTemplate retries = new RetryTemplate(RetryPolicy.builder()
            .includes(ConcurrencyFailureException.class, DataIntegrityViolationException.class)
            .maxRetries(TRIES - 1)
            .delay(Duration.ofMillis(5))
            .jitter(Duration.ofMillis(2))
            .build());

    AttemptTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The result of {@code work}; a clash that happens every time is thrown as it is. */
    <T> T run(Supplier<T> work) {
        return retries.invoke(() -> transactions.execute(status -> work.get()));
    }
}
