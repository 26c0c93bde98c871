package org.cstoquiz.app.bank;

import org.cstoquiz.engine.generate.Bank;

/**
 * What instructors decided about generated questions, applied to a bank: retired questions left
 * out, corrected ones replaced by their edited copy. {@link QuestionBankService#bank(long)} serves
 * banks through it, so practice, tests, review and every export see the curated bank.
 */
public interface BankCuration {

    /** The bank as it is served, from the bank as it was generated. */
    Bank apply(Bank generated);
}
