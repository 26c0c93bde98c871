package org.cstoquiz.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashesTest {

    private static final String PASSWORD = "plum orchard lantern 1992";
    private final PasswordEncoder encoder = PasswordHashes.encoder();

    @Test
    void newHashesUseTheStatedArgon2idCost() {
        String hash = encoder.encode(PASSWORD);

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=12288,t=3,p=1$");
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThat(encoder.matches(PASSWORD + "!", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void hashesWithTheEarlierArgon2CostStillVerifyAndAreRehashed() {
        String earlier = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);

        assertThat(earlier).contains("m=19456,t=2,p=1");
        assertThat(encoder.matches(PASSWORD, earlier)).isTrue();
        assertThat(encoder.matches("another password", earlier)).isFalse();
        assertThat(encoder.upgradeEncoding(earlier)).isTrue();
    }

    @Test
    void bcryptHashesStillVerifyAndAreRehashed() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);

        assertThat(encoder.matches(PASSWORD, bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
    }
}
