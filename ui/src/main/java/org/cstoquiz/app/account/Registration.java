package org.cstoquiz.app.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.RegistrationResult.Field;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Sign-up: a name that is valid, written in one alphabet and free, and a password that meets the policy. */
@Component
class Registration {

    private static final String NAME_TAKEN_CONSTRAINT = "uk_user_account_username_key";
    private static final String EXACT_NAME_CONSTRAINT = "uk_user_account_username";
    /** Letters of any alphabet (with their accents), digits, dots, hyphens and underscores. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}._-]{3,32}");
    /** Scripts a name may mix: Japanese writes Han with both kana; Korean, Han with Hangul. */
    private static final List<Set<Character.UnicodeScript>> MIXES = List.of(
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AccountStore store;

    Registration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AccountStore store) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.store = store;
    }

    RegistrationResult register(RegistrationRequest request) {
        Map<Field, String> problems = problems(request);
        if (!problems.isEmpty()) {
            return new RegistrationResult.Rejected(problems);
        }
        String username = UserNames.normal(request.username());
        String key = UserNames.key(username);
        String hash = passwordEncoder.encode(request.password());
        try {
            return AccountStore.retrying(() -> store.transactions.execute(status -> {
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

    Map<Field, String> problems(RegistrationRequest request) {
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
}
