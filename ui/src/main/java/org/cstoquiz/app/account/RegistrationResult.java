package org.cstoquiz.app.account;

import java.util.Map;

/** Either the account that was created or, per form field, why nothing was stored. */
public sealed interface RegistrationResult {

    record Registered(AccountSummary account) implements RegistrationResult {
    }

    record Rejected(Map<Field, String> problems) implements RegistrationResult {
        public Rejected {
            problems = Map.copyOf(problems);
        }
    }

    enum Field { USERNAME, PASSWORD, CONFIRMATION }
}
