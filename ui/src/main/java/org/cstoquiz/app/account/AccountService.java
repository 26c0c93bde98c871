package org.cstoquiz.app.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.RegistrationResult.Field;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates an account. The first account on an empty database becomes an instructor; later ones are
     * learners. Nothing is stored when any field is rejected.
     */
    @Transactional
    public synchronized RegistrationResult register(RegistrationRequest request) {
        Map<Field, String> problems = validate(request);
        if (!problems.isEmpty()) {
            return new RegistrationResult.Rejected(problems);
        }
        String username = request.username().strip();
        Role role = accounts.count() == 0 ? Role.INSTRUCTOR : Role.LEARNER;
        try {
            UserAccount saved = accounts.saveAndFlush(new UserAccount(
                    username, passwordEncoder.encode(request.password()), role, clock.instant()));
            return new RegistrationResult.Registered(saved.toSummary());
        } catch (DataIntegrityViolationException e) {
            if (isUniqueNameViolation(e)) {
                return new RegistrationResult.Rejected(Map.of(Field.USERNAME, usernameTaken(username)));
            }
            throw e;
        }
    }

    private Map<Field, String> validate(RegistrationRequest request) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String username = request.username() == null ? "" : request.username().strip();
        String password = request.password() == null ? "" : request.password();
        if (username.isEmpty()) {
            problems.put(Field.USERNAME, "Choose a user name.");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.put(Field.USERNAME,
                    "Use 3 to 32 letters, digits, dots, hyphens or underscores.");
        } else if (accounts.existsByUsernameIgnoreCase(username)) {
            problems.put(Field.USERNAME, usernameTaken(username));
        }
        if (password.isEmpty()) {
            problems.put(Field.PASSWORD, "Choose a password.");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.put(Field.PASSWORD, "Use at least " + MIN_PASSWORD_LENGTH + " characters.");
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            problems.put(Field.PASSWORD, "Use at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (!password.equals(request.confirmation() == null ? "" : request.confirmation())) {
            problems.put(Field.CONFIRMATION, "The passwords do not match.");
        }
        return problems;
    }

    /** Another registration with the same name may commit between our check and our insert. */
    private static boolean isUniqueNameViolation(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toUpperCase(java.util.Locale.ROOT);
        return message.contains("UK_USER_ACCOUNT_USERNAME");
    }

    private static String usernameTaken(String username) {
        return "The name \"" + username + "\" is already taken.";
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::toSummary);
    }

    /**
     * Gives an account a role. Refuses to demote the last instructor, which would leave nobody able to
     * manage accounts.
     */
    @Transactional
    public synchronized AccountSummary changeRole(long accountId, Role newRole) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("No account with id " + accountId + "."));
        if (account.getRole() == Role.INSTRUCTOR && newRole != Role.INSTRUCTOR
                && accounts.countByRole(Role.INSTRUCTOR) <= 1) {
            throw new AccountException("\"" + account.getUsername()
                    + "\" is the last instructor; promote someone else first.");
        }
        account.setRole(newRole);
        return account.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .build();
    }

    public static class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }
}
