package org.cstoquiz.app.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are stored. */
public final class PasswordHashes {

    /** Argon2id with OWASP's 12 MiB, 3 iterations, 1 lane: its equal of 19 MiB and 2 iterations, cheaper per check. */
    static final int MEMORY_KIB = 12 * 1024;
    static final int ITERATIONS = 3;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private PasswordHashes() {
    }

    /**
     * New passwords are hashed with Argon2id, which has no length limit. Hashes stored with other
     * parameters (earlier versions used 19 MiB, 2 iterations) or with bcrypt still verify and are
     * re-hashed at the next login.
     */
    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                "bcrypt", new LegacyBcrypt()));
    }
}
