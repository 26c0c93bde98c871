package org.cstoquiz.app.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.RegistrationResult.Field;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;
    /** The rule for instructor-only operations, checked by the service whoever calls it. */
    static final String INSTRUCTORS_ONLY = "hasRole('" + Role.INSTRUCTOR_ROLE + "')";
    public static final String CHOOSING_PASSWORD_ROLE = "MUST_CHOOSE_PASSWORD";
    static final String NAME_TAKEN_CONSTRAINT = "uk_user_account_username_key";
    private static final String EXACT_NAME_CONSTRAINT = "uk_user_account_username";
    /** Letters of any alphabet (with their accents), digits, dots, hyphens and underscores. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}._-]{3,32}");
    /** Scripts a name may mix: Japanese writes Han with both kana; Korean, Han with Hangul. */
    private static final List<Set<Character.UnicodeScript>> MIXES = List.of(
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));
    private static final int TRIES = 5;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Creates an account. The first account on an empty database becomes an instructor; later ones are
     * learners. Names are compared ignoring case. Nothing is stored when any field is rejected. The
     * check and the insert run under the account lock (see V6), so simultaneous sign-ups on any
     * number of instances give one account per name and one first instructor.
     */
    public RegistrationResult register(RegistrationRequest request) {
        Map<Field, String> problems = validate(request);
        if (!problems.isEmpty()) {
            return new RegistrationResult.Rejected(problems);
        }
        String username = UserNames.normal(request.username());
        String key = UserNames.key(username);
        String hash = passwordEncoder.encode(request.password());
        try {
            return retrying(() -> transactions.execute(status -> {
                accounts.lockAccountChanges();
                if (accounts.existsByUsernameKey(key)) {
                    return taken(username);
                }
                Role role = accounts.count() == 0 ? Role.INSTRUCTOR : Role.LEARNER;
                UserAccount saved = accounts.saveAndFlush(new UserAccount(username, hash, role, clock.instant()));
                return new RegistrationResult.Registered(saved.toSummary());
            }));
        } catch (DataIntegrityViolationException e) {
            if (ConstraintNames.is(e, NAME_TAKEN_CONSTRAINT) || ConstraintNames.is(e, EXACT_NAME_CONSTRAINT)) {
                return taken(username);
            }
            throw e;
        }
    }

    private Map<Field, String> validate(RegistrationRequest request) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String username = request.username() == null ? "" : UserNames.normal(request.username());
        String password = request.password() == null ? "" : request.password();
        if (username.isEmpty()) {
            problems.put(Field.USERNAME, "Choose a user name.");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.put(Field.USERNAME,
                    "Use 3 to 32 letters (of any alphabet), digits, dots, hyphens or underscores.");
        } else if (!oneAlphabet(username)) {
            problems.put(Field.USERNAME, "Use the letters of one alphabet: letters of two (such as Latin and "
                    + "Cyrillic, whose a, e, o look alike) make names that are hard to tell apart.");
        } else if (accounts.existsByUsernameKey(UserNames.key(username))) {
            problems.put(Field.USERNAME, nameTaken(username));
        }
        PasswordPolicy.problem(password, username).ifPresent(problem -> problems.put(Field.PASSWORD, problem));
        if (!password.equals(request.confirmation() == null ? "" : request.confirmation())) {
            problems.put(Field.CONFIRMATION, "The passwords do not match.");
        }
        return problems;
    }

    /** Whether the letters of a name come from one script, or from scripts written together (Japanese, Korean). */
    static boolean oneAlphabet(String username) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        username.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(script -> script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED)
                .forEach(scripts::add);
        return scripts.size() <= 1 || MIXES.stream().anyMatch(mix -> mix.containsAll(scripts));
    }

    private static RegistrationResult taken(String username) {
        return new RegistrationResult.Rejected(Map.of(Field.USERNAME, nameTaken(username)));
    }

    private static String nameTaken(String username) {
        return "The name \"" + username + "\" is already taken.";
    }

    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<AccountSummary> listAccounts() {
        return readOnly.execute(status -> accounts.findAllByOrderByUsernameKeyAsc().stream()
                .map(UserAccount::toSummary).toList());
    }

    public Optional<AccountSummary> findByUsername(String username) {
        return readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username))
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
        return retrying(() -> transactions.execute(status -> {
            accounts.lockAccountChanges();
            UserAccount account = account(accountId);
            if (account.getRole() == Role.INSTRUCTOR && newRole != Role.INSTRUCTOR && !account.isSuspended()
                    && activeInstructors() <= 1) {
                throw new AccountException("\"" + account.getUsername()
                        + "\" is the last instructor; promote someone else first.");
            }
            account.setRole(newRole);
            return account.toSummary();
        }));
    }

    /**
     * Suspends an account (it cannot log in, and its open sessions end at their next request) or lifts
     * the suspension. The last instructor who is not suspended cannot be suspended.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public AccountSummary setSuspended(long accountId, boolean suspended) {
        return retrying(() -> transactions.execute(status -> {
            accounts.lockAccountChanges();
            UserAccount account = account(accountId);
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

    /**
     * Changes the password of {@code username} after checking the current one; the new one follows the
     * same policy as at registration.
     */
    public PasswordChange.Outcome changePassword(String username, PasswordChange change) {
        Map<PasswordChange.Field, String> problems = new EnumMap<>(PasswordChange.Field.class);
        Optional<UserAccount> found = readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username)));
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
        if (!password.equals(change.confirmation() == null ? "" : change.confirmation())) {
            problems.put(PasswordChange.Field.CONFIRMATION, "The passwords do not match.");
        }
        if (problems.isEmpty()) {
            String hash = passwordEncoder.encode(password);
            transactions.executeWithoutResult(status -> account(found.get().getId()).choosePassword(hash));
        }
        return new PasswordChange.Outcome(problems);
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
        UserAccount found = readOnly.execute(status -> account(accountId));
        if (UserNames.key(found.getUsername()).equals(UserNames.key(instructor))) {
            throw new AccountException("Change your own password with “Change password” in the menu.");
        }
        Optional<String> problem = PasswordPolicy.problem(oneTimePassword, found.getUsername());
        if (problem.isPresent()) {
            return problem;
        }
        String hash = passwordEncoder.encode(oneTimePassword);
        transactions.executeWithoutResult(status -> account(accountId).resetPassword(hash));
        return Optional.empty();
    }

    /**
     * The new password of someone who logged in with a one-time password (they typed it just now, so
     * it is not asked again). It follows the policy and must differ from the one-time password.
     *
     * @return per field, why nothing was changed; empty when the new password is stored
     */
    public PasswordChange.Outcome chooseNewPassword(String username, String password, String confirmation) {
        Map<PasswordChange.Field, String> problems = new EnumMap<>(PasswordChange.Field.class);
        Optional<UserAccount> found = readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username)));
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
        if (!chosen.equals(confirmation == null ? "" : confirmation)) {
            problems.put(PasswordChange.Field.CONFIRMATION, "The passwords do not match.");
        }
        if (problems.isEmpty()) {
            String hash = passwordEncoder.encode(chosen);
            transactions.executeWithoutResult(status -> account(found.get().getId()).choosePassword(hash));
        }
        return new PasswordChange.Outcome(problems);
    }

    /** Stores a password hash in the current format after a login that used an older one. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        transactions.executeWithoutResult(status -> accounts.findByUsernameKey(UserNames.key(user.getUsername()))
                .ifPresent(account -> account.setPasswordHash(newPassword)));
        return User.withUserDetails(user).password(newPassword).build();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = readOnly.execute(status -> accounts.findByUsernameKey(UserNames.key(username)))
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

    private UserAccount account(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("No account with id " + accountId + "."));
    }

    /** A change that met a lock not granted in time is made again from the start. */
    private static <T> T retrying(Supplier<T> work) {
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

    public static class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }
}
