package org.cstoquiz.app.account;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the parts of {@link AccountService} share: the transactions they work in and an account by its id. */
@Component
class AccountStore {

    private static final int TRIES = 5;

    final TransactionTemplate transactions;
    final TransactionTemplate readOnly;
    private final UserAccountRepository accounts;

    AccountStore(UserAccountRepository accounts, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    UserAccount account(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccountService.AccountException("No account with id " + accountId + "."));
    }

    /** A change that met a lock not granted in time is made again from the start. */
    static <T> T retrying(Supplier<T> work) {
        for (int tries = 1; ; tries++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException e) {
                if (tries == TRIES) {
                    throw e;
                }
            }
        }
    }
}
