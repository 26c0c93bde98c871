package org.cstoquiz.app.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be (OWASP ASVS level 1): at least 12 characters (up to 128, all counted: no
 * byte limit applies), not containing the user's own name, and not easy to guess. Guessability is
 * estimated by zxcvbn against its bundled lists (passwords from public breaches, common words and
 * names), so common passwords and their usual variants ("Password123!", "qwerty123456", repeats,
 * keyboard runs) are refused with the reason.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's scale: 0–1 fall to an online or fast offline attack; 2 needs about 10^6 guesses or more. */
    static final int MIN_SCORE = 2;

    /** Shown at the password field. */
    public static final String RULE = "At least " + MIN_LENGTH + " characters; not a common password or your user name."
            + " A few unrelated words work well.";

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, or empty when it is accepted. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of("Do not use your user name in your password.");
        }
        Strength strength = ZXCVBN.measure(password, name.isEmpty() ? List.of() : List.of(name));
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            return Optional.of("This password is too easy to guess"
                    + (warning == null || warning.isBlank() ? "." : ": " + warning)
                    + " Add more words or characters that do not belong together.");
        }
        return Optional.empty();
    }
}
