package org.cstoquiz.app.account;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.account.AccountService.AccountException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What instructors do to accounts: list them, give roles, suspend and reinstate, and set one-time
 * passwords; never leaving the application without an instructor who can log in.
 */
@Component
class AccountAdministration {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountStore store;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountStore store) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.store = store;
    }

    List<AccountSummary> listAccounts() {
        return store.readOnly.execute(status -> accounts.findAllByOrderByUsernameKeyAsc().stream()
                .map(UserAccount::toSummary).toList());
    }

    AccountSummary changeRole(long accountId, Role newRole) {
        return AccountStore.retrying(() -> store.transactions.execute(status -> {
            accounts.lockAccountChanges();
            UserAccount account = store.account(accountId);
            if (account.getRole() == Role.INSTRUCTOR && newRole != Role.INSTRUCTOR && !account.isSuspended()
                    && activeInstructors() <= 1) {
                throw new AccountException("\"" + account.getUsername()
                        + "\" is the last instructor; promote someone else first.");
            }
            account.setRole(newRole);
            return account.toSummary();
        }));
    }

    AccountSummary setSuspended(long accountId, boolean suspended) {
        return AccountStore.retrying(() -> store.transactions.execute(status -> {
            accounts.lockAccountChanges();
            UserAccount account = store.account(accountId);
            if (suspended && !account.isSuspended() && account.getRole() == Role.INSTRUCTOR
                    && activeInstructors() <= 1) {
                throw new AccountException("\"" + account.getUsername()
                        + "\" is the last instructor; promote someone else first.");
            }
            account.setSuspended(suspended);
            return account.toSummary();
        }));
    }

    private long activeInstructors() {
        return accounts.findAll().stream()
                .filter(a -> a.getRole() == Role.INSTRUCTOR && !a.isSuspended()).count();
    }

    Optional<String> resetPassword(long accountId, String oneTimePassword, String instructor) {
        UserAccount found = store.readOnly.execute(status -> store.account(accountId));
        if (UserNames.key(found.getUsername()).equals(UserNames.key(instructor))) {
            throw new AccountException("Change your own password with “Change password” in the menu.");
        }
        Optional<String> problem = PasswordPolicy.problem(oneTimePassword, found.getUsername());
        if (problem.isPresent()) {
            return problem;
        }
        String hash = passwordEncoder.encode(oneTimePassword);
        store.transactions.executeWithoutResult(status -> store.account(accountId).resetPassword(hash));
        return Optional.empty();
    }
}
