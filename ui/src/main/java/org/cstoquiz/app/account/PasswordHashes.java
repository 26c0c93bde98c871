package org.cstoquiz.app.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are stored. */
public final class PasswordHashes {

    private PasswordHashes() {
    }

    /**
     * New passwords are hashed with Argon2id (OWASP's parameters: 19 MiB, 2 iterations), which has no
     * length limit; hashes stored earlier with bcrypt still verify and are re-hashed at the next login.
     */
    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new LegacyBcrypt()));
    }
}
