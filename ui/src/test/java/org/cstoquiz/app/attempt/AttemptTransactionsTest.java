package org.cstoquiz.app.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Which failures start the work over, and how often. */
class AttemptTransactionsTest {

    /** Transactions that begin and end without a resource; counts the rollbacks. */
    static final class CountingTransactions extends AbstractPlatformTransactionManager {
        final AtomicInteger rollbacks = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    }

    private final CountingTransactions manager = new CountingTransactions();
    private final AttemptTransactions transactions = new AttemptTransactions(manager);

    @Test
    void aClashStartsTheWorkOverInANewTransaction() {
        AtomicInteger calls = new AtomicInteger();
        String result = transactions.run(() -> {
            if (calls.incrementAndGet() < AttemptTransactions.TRIES) {
                throw new PessimisticLockingFailureException("lock not granted in time");
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(calls).hasValue(AttemptTransactions.TRIES);
        assertThat(manager.rollbacks).hasValue(AttemptTransactions.TRIES - 1);
    }

    @Test
    void aClashEveryTimeIsThrownAsItIsAfterTheLastTry() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.run(() -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("step number taken");
        })).isInstanceOf(DataIntegrityViolationException.class).hasMessage("step number taken");
        assertThat(calls).hasValue(AttemptTransactions.TRIES);
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.run(() -> {
            calls.incrementAndGet();
            throw new AttemptException("There is no test 7 of yours.");
        })).isInstanceOf(AttemptException.class).hasMessage("There is no test 7 of yours.");
        assertThat(calls).hasValue(1);
        assertThat(manager.rollbacks).hasValue(1);
    }
}
