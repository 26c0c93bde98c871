package org.cstoquiz.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts: registration ({@link Registration}), what instructors do to accounts
 * ({@link AccountAdministration}) and passwords changed by their owners ({@link PasswordChanges}); and
 * the accounts as Spring Security loads them at login.
 */
@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;
    /** The rule for instructor-only operations, checked by the service whoever calls it. */
    static final String INSTRUCTORS_ONLY = "hasRole('" + Role.INSTRUCTOR_ROLE + "')";
    public static final String CHOOSING_PASSWORD_ROLE = "MUST_CHOOSE_PASSWORD";

    private final UserAccountRepository accounts;
    private final AccountStore store;
    private final Registration registration;
    private final AccountAdministration administration;
    private final PasswordChanges passwords;

    AccountService(UserAccountRepository accounts, AccountStore store, Registration registration,
                   AccountAdministration administration, PasswordChanges passwords) {
        this.accounts = accounts;
        this.store = store;
        this.registration = registration;
        this.administration = administration;
        this.passwords = passwords;
    }

    /**
     * Creates an account. The first account on an empty database becomes an instructor; later ones are
     * learners. Names are compared ignoring case. Nothing is stored when any field is rejected. The
     * check and the insert run under the account lock (see V6), so simultaneous sign-ups on any
     * number of instances give one account per name and one first instructor.
     */
    public RegistrationResult register(RegistrationRequest request) {
        return registration.register(request);
    }

    /**
     * What is wrong with what a person typed into the registration form, by field (empty when it
     * would register): the rules {@link #register} applies, for a form to show at each field as the
     * person types.
     */
    public java.util.Map<RegistrationResult.Field, String> registrationProblems(RegistrationRequest request) {
        return registration.problems(request);
    }

    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<AccountSummary> listAccounts() {
        return administration.listAccounts();
    }

    public Optional<AccountSummary> findByUsername(String username) {
        return store.readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username))
                .map(UserAccount::toSummary));
    }

    /** The account's role and suspension as stored now; empty when the account no longer exists. */
    public Optional<AccountStanding> standing(String username) {
        return accounts.findStanding(UserNames.key(username));
    }

    /**
     * Gives an account a role. Refuses to demote the last instructor, which would leave nobody able to
     * manage accounts. Takes effect on the next request of every session of that account.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public AccountSummary changeRole(long accountId, Role newRole) {
        return administration.changeRole(accountId, newRole);
    }

    /**
     * Suspends an account (it cannot log in, and its open sessions end at their next request) or lifts
     * the suspension. The last instructor who is not suspended cannot be suspended.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public AccountSummary setSuspended(long accountId, boolean suspended) {
        return administration.setSuspended(accountId, suspended);
    }

    /**
     * Changes the password of {@code username} after checking the current one; the new one follows the
     * same policy as at registration.
     */
    public PasswordChange.Outcome changePassword(String username, PasswordChange change) {
        return passwords.changePassword(username, change);
    }

    /**
     * Gives an account a one-time password, which must meet the same policy as any other: its owner
     * logs in with it and must then choose a new password before anything else, and every session the
     * account has open ends at its next request. An instructor cannot reset their own password this
     * way (they change it themselves).
     *
     * @return why the password is refused, or empty when it is set
     * @throws AccountException if the account does not exist or is the caller's own
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public Optional<String> resetPassword(long accountId, String oneTimePassword, String instructor) {
        return administration.resetPassword(accountId, oneTimePassword, instructor);
    }

    /**
     * The new password of someone who logged in with a one-time password (they typed it just now, so
     * it is not asked again). It follows the policy and must differ from the one-time password.
     *
     * @return per field, why nothing was changed; empty when the new password is stored
     */
    public PasswordChange.Outcome chooseNewPassword(String username, String password, String confirmation) {
        return passwords.chooseNewPassword(username, password, confirmation);
    }

    /** Stores a password hash in the current format after a login that used an older one. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        passwords.updatePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = store.readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(effectiveRole(account.toStanding()))
                .disabled(account.isSuspended())
                .build();
    }

    /**
     * The role a session of the account acts in: its own, or, while a one-time password is unchanged,
     * {@value #CHOOSING_PASSWORD_ROLE}, which no screen or service but choosing a password accepts.
     */
    public static String effectiveRole(AccountStanding standing) {
        return standing.mustChangePassword() ? CHOOSING_PASSWORD_ROLE : standing.role().name();
    }

    public static class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }
}
