package org.cstoquiz.app.curation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions curation runs its work in, explicitly, so that a clash with another instructor's
 * decision is caught where the transaction ends and told as such.
 */
@Component
class CurationTransactions {

    final TransactionTemplate write;
    final TransactionTemplate readOnly;

    CurationTransactions(PlatformTransactionManager transactionManager) {
        write = new TransactionTemplate(transactionManager);
        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }
}
