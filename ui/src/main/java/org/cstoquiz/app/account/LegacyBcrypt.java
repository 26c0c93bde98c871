package org.cstoquiz.app.account;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Checks the bcrypt hashes stored before Argon2 was used. Bcrypt reads at most 72 bytes, and the
 * library refuses longer input with an exception; such a password can never match a bcrypt hash
 * stored here (none could be registered), so it is simply not a match.
 */
final class LegacyBcrypt extends BCryptPasswordEncoder {

    private static final int BCRYPT_MAX_BYTES = 72;

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            return false;
        }
        return super.matchesNonNull(rawPassword, encodedPassword);
    }
}
