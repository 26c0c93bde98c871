package org.cstoquiz.app.account;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A password changed by its owner: after checking the current one, after logging in with a one-time
 * password, or rehashed in the current format after a login.
 */
@Component
class PasswordChanges {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountStore store;

    PasswordChanges(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountStore store) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.store = store;
    }

    PasswordChange.Outcome changePassword(String username, PasswordChange change) {
        Map<PasswordChange.Field, String> problems = new EnumMap<>(PasswordChange.Field.class);
        Optional<UserAccount> found = find(username);
        if (found.isEmpty() || change.current() == null
                || !passwordEncoder.matches(change.current(), found.get().getPasswordHash())) {
            problems.put(PasswordChange.Field.CURRENT, "This is not your current password.");
        }
        String password = change.password() == null ? "" : change.password();
        PasswordPolicy.problem(password, username)
                .ifPresent(problem -> problems.put(PasswordChange.Field.PASSWORD, problem));
        if (!problems.containsKey(PasswordChange.Field.PASSWORD) && password.equals(change.current())) {
            problems.put(PasswordChange.Field.PASSWORD, "Choose a password different from the current one.");
        }
        return stored(found, password, change.confirmation(), problems);
    }

    PasswordChange.Outcome chooseNewPassword(String username, String password, String confirmation) {
        Map<PasswordChange.Field, String> problems = new EnumMap<>(PasswordChange.Field.class);
        Optional<UserAccount> found = find(username);
        String chosen = password == null ? "" : password;
        if (found.isEmpty() || !found.get().mustChangePassword()) {
            problems.put(PasswordChange.Field.CURRENT, "Your password is not waiting to be changed; use “Change password”.");
            return new PasswordChange.Outcome(problems);
        }
        PasswordPolicy.problem(chosen, username).ifPresent(problem -> problems.put(PasswordChange.Field.PASSWORD, problem));
        if (!problems.containsKey(PasswordChange.Field.PASSWORD)
                && passwordEncoder.matches(chosen, found.get().getPasswordHash())) {
            problems.put(PasswordChange.Field.PASSWORD, "Choose a password different from the one you were given.");
        }
        return stored(found, chosen, confirmation, problems);
    }

    /** Stores a hash in the current format for the account of {@code username}, if it still exists. */
    void updatePasswordHash(String username, String hash) {
        store.transactions.executeWithoutResult(status -> accounts.findByUsernameKey(UserNames.key(username))
                .ifPresent(account -> account.setPasswordHash(hash)));
    }

    private Optional<UserAccount> find(String username) {
        return store.readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username)));
    }

    /** Checks the confirmation and, when nothing is wrong, stores the new password. */
    private PasswordChange.Outcome stored(Optional<UserAccount> found, String password, String confirmation,
                                          Map<PasswordChange.Field, String> problems) {
        if (!password.equals(confirmation == null ? "" : confirmation)) {
            problems.put(PasswordChange.Field.CONFIRMATION, "The passwords do not match.");
        }
        if (problems.isEmpty()) {
            String hash = passwordEncoder.encode(password);
            store.transactions.executeWithoutResult(status -> store.account(found.get().getId()).choosePassword(hash));
        }
        return new PasswordChange.Outcome(problems);
    }
}
