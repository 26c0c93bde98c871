package org.cstoquiz.app.classes;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the parts of {@link ClassService} share: a class looked up or shown, and a transaction to work in. */
@Component
class ClassStore {

    private final StoredClassRepository classes;
    private final ClassMemberRepository members;
    private final TransactionTemplate transactions;

    ClassStore(StoredClassRepository classes, ClassMemberRepository members, PlatformTransactionManager transactionManager) {
        this.classes = classes;
        this.members = members;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    StoredClass storedClass(long classId) {
        return classes.findById(classId).orElseThrow(() -> new ClassException("There is no class " + classId + "."));
    }

    QuizClass toClass(StoredClass stored) {
        return stored.toClass((int) members.countByClassId(stored.getId()));
    }
}
