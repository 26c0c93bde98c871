package org.cstoquiz.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cstoquiz.app.account.RegistrationResult.Field;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({AccountService.class, AccountStore.class, Registration.class, AccountAdministration.class, PasswordChanges.class,
        AccountServiceTest.Beans.class})
class AccountServiceTest {

    static final String PASSWORD = "correct horse battery";

    @TestConfiguration
    static class Beans {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordHashes.encoder();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    AccountService service;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    private AccountSummary register(String name) {
        var result = service.register(new RegistrationRequest(name, PASSWORD, PASSWORD));
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).account();
    }

    private String passwordProblem(String password) {
        var result = service.register(new RegistrationRequest("dave", password, password));
        assertThat(result).as(password).isInstanceOf(RegistrationResult.Rejected.class);
        return ((RegistrationResult.Rejected) result).problems().get(Field.PASSWORD);
    }

    @Test
    void firstAccountOnAnEmptyDatabaseIsAnInstructorAndLaterOnesAreLearners() {
        assertThat(register("alice").role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(register("bob").role()).isEqualTo(Role.LEARNER);
        assertThat(register("carol").role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void passwordIsStoredAsAnArgon2HashNotInClear() {
        register("alice");
        String hash = repository.findByUsernameKey("alice").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(service.loadUserByUsername("ALICE").getUsername()).isEqualTo("alice");
    }

    @Test
    void passwordsLongerThan72BytesAreAcceptedAndCheckedWhole() {
        String ascii = "a long sentence that somebody typed as a passphrase, more than seventy-two!";
        String cyrillic = "ОрганизацияДоговораоколлективнойбезопасностисозданавМоскве";
        assertThat(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(cyrillic.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        for (String password : new String[] {ascii, cyrillic}) {
            String name = password == ascii ? "ascii-long" : "cyrillic-long";
            assertThat(service.register(new RegistrationRequest(name, password, password)))
                    .isInstanceOf(RegistrationResult.Registered.class);
            String hash = service.loadUserByUsername(name).getPassword();
            assertThat(encoder.matches(password, hash)).isTrue();
            // a change after the 72nd byte is a different password
            assertThat(encoder.matches(password.substring(0, password.length() - 1) + "?", hash)).isFalse();
        }
    }

    @Test
    void anOldBcryptHashStillVerifiesAndIsUpgradedToArgon2() {
        register("legacy");
        UserAccount account = repository.findByUsernameKey("legacy").orElseThrow();
        account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        repository.saveAndFlush(account);
        String stored = service.loadUserByUsername("legacy").getPassword();
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
        assertThat(encoder.matches("x".repeat(80), stored)).as("over 72 bytes never matches bcrypt").isFalse();
        assertThat(encoder.upgradeEncoding(stored)).isTrue();

        service.updatePassword(service.loadUserByUsername("legacy"), encoder.encode(PASSWORD));
        assertThat(service.loadUserByUsername("legacy").getPassword()).startsWith("{argon2}");
    }

    @Test
    void takenNameIsRejectedRegardlessOfCaseAndNothingIsStored() {
        register("alice");
        var result = service.register(new RegistrationRequest("Alice", "another long pass", "another long pass"));
        assertThat(result).isInstanceOfSatisfying(RegistrationResult.Rejected.class,
                rejected -> assertThat(rejected.problems()).containsOnlyKeys(Field.USERNAME));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void weakPasswordsAreRejectedAtTheirFieldWithTheReason() {
        assertThat(passwordProblem("")).isEqualTo("Choose a password.");
        assertThat(passwordProblem("short")).contains("at least 12");
        assertThat(passwordProblem("        ")).contains("at least 12");
        assertThat(passwordProblem("password")).contains("at least 12");
        assertThat(passwordProblem("12345678")).contains("at least 12");
        assertThat(passwordProblem("            ")).contains("too easy to guess");
        assertThat(passwordProblem("password1234")).contains("too easy to guess").contains("common");
        assertThat(passwordProblem("qwerty123456")).contains("too easy to guess");
        assertThat(passwordProblem("Password123!")).contains("too easy to guess");
        assertThat(passwordProblem("passwordpassword")).contains("too easy to guess");
        assertThat(passwordProblem("my name is dave!")).contains("user name");
        assertThat(passwordProblem("x".repeat(129))).contains("at most 128");
        assertThat(repository.count()).isZero();
    }

    @Test
    void mismatchedConfirmationAndBadNamesAreRejectedAtTheirFields() {
        var mismatch = (RegistrationResult.Rejected) service.register(
                new RegistrationRequest("dave", PASSWORD, PASSWORD + "!"));
        assertThat(mismatch.problems()).containsOnlyKeys(Field.CONFIRMATION);
        var badName = (RegistrationResult.Rejected) service.register(new RegistrationRequest("a b", PASSWORD, PASSWORD));
        assertThat(badName.problems()).containsOnlyKeys(Field.USERNAME);
        assertThat(repository.count()).isZero();
    }

    @Test
    void namesInAnyAlphabetAreAcceptedOneAlphabetAtATimeWithAccentsComposed() {
        assertThat(register("Ольга").username()).isEqualTo("Ольга");
        var taken = (RegistrationResult.Rejected) service.register(new RegistrationRequest("ОЛЬГА", PASSWORD, PASSWORD));
        assertThat(taken.problems().get(Field.USERNAME)).contains("already taken");
        assertThat(register("山田たろう").username()).isEqualTo("山田たろう");
        assertThat(register("Rene\u0301e").username()).as("an accent typed apart is composed").isEqualTo("Ren\u00e9e");
        var sameName = (RegistrationResult.Rejected) service.register(
                new RegistrationRequest("Ren\u00e9e", PASSWORD, PASSWORD));
        assertThat(sameName.problems().get(Field.USERNAME)).contains("already taken");

        // "Ivan" with a Cyrillic "а": two alphabets that look alike
        var mixed = (RegistrationResult.Rejected) service.register(new RegistrationRequest("Iv\u0430n", PASSWORD, PASSWORD));
        assertThat(mixed.problems().get(Field.USERNAME)).startsWith("Use the letters of one alphabet");
        var symbols = (RegistrationResult.Rejected) service.register(new RegistrationRequest("ольга!", PASSWORD, PASSWORD));
        assertThat(symbols.problems().get(Field.USERNAME))
                .isEqualTo("Use 3 to 32 letters (of any alphabet), digits, dots, hyphens or underscores.");
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void aUserChangesTheirPasswordAfterGivingTheCurrentOne() {
        register("erin");
        var wrongCurrent = service.changePassword("erin", new PasswordChange("not it at all", "a brand new phrase", "a brand new phrase"));
        assertThat(wrongCurrent.problems()).containsOnlyKeys(PasswordChange.Field.CURRENT);
        var weak = service.changePassword("erin", new PasswordChange(PASSWORD, "password1234", "password1234"));
        assertThat(weak.problems()).containsOnlyKeys(PasswordChange.Field.PASSWORD);
        var same = service.changePassword("erin", new PasswordChange(PASSWORD, PASSWORD, PASSWORD));
        assertThat(same.problems()).containsOnlyKeys(PasswordChange.Field.PASSWORD);
        assertThat(encoder.matches(PASSWORD, service.loadUserByUsername("erin").getPassword())).isTrue();

        var changed = service.changePassword("ERIN", new PasswordChange(PASSWORD, "a brand new phrase", "a brand new phrase"));
        assertThat(changed.changed()).isTrue();
        String hash = service.loadUserByUsername("erin").getPassword();
        assertThat(encoder.matches("a brand new phrase", hash)).isTrue();
        assertThat(encoder.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void instructorCanPromoteAndDemoteButNeverTheLastInstructor() {
        AccountSummary alice = register("alice");
        AccountSummary bob = register("bob");

        assertThat(service.changeRole(bob.id(), Role.INSTRUCTOR).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(service.changeRole(alice.id(), Role.LEARNER).role()).isEqualTo(Role.LEARNER);
        assertThatThrownBy(() -> service.changeRole(bob.id(), Role.LEARNER))
                .isInstanceOf(AccountService.AccountException.class)
                .hasMessageContaining("last instructor");
        assertThat(service.findByUsername("bob").orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void aSuspendedAccountCannotLogInAndTheLastInstructorIsNeverSuspended() {
        AccountSummary alice = register("alice");
        AccountSummary bob = register("bob");
        assertThatThrownBy(() -> service.setSuspended(alice.id(), true)).hasMessageContaining("last instructor");

        service.setSuspended(bob.id(), true);
        assertThat(service.loadUserByUsername("bob").isEnabled()).isFalse();
        assertThat(service.standing("BOB")).get().extracting(AccountStanding::suspended).isEqualTo(true);
        service.setSuspended(bob.id(), false);
        assertThat(service.loadUserByUsername("bob").isEnabled()).isTrue();
    }

    @Test
    void aOneTimePasswordFollowsThePolicyEndsTheSessionsAndMustBeChangedBeforeAnythingElse() {
        AccountSummary alice = register("alice");
        AccountSummary bob = register("bob");
        assertThat(service.resetPassword(bob.id(), "password1234", "alice")).as("policy-checked")
                .hasValueSatisfying(problem -> assertThat(problem).contains("too easy to guess"));
        assertThat(service.resetPassword(bob.id(), "bob's own secret phrase", "alice")).as("not the user's name")
                .contains("Do not use your user name in your password.");
        assertThat(service.standing("bob").orElseThrow().mustChangePassword()).as("nothing changed").isFalse();
        assertThat(encoder.matches(PASSWORD, service.loadUserByUsername("bob").getPassword())).isTrue();
        assertThatThrownBy(() -> service.resetPassword(alice.id(), "temporary quartz lantern", "ALICE"))
                .isInstanceOf(AccountService.AccountException.class).hasMessageContaining("your own password");
        int generation = service.standing("bob").orElseThrow().sessionGeneration();

        assertThat(service.resetPassword(bob.id(), "temporary quartz lantern", "alice")).isEmpty();
        AccountStanding reset = service.standing("bob").orElseThrow();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.sessionGeneration()).as("the sessions opened before end").isEqualTo(generation + 1);
        assertThat(service.findByUsername("bob").orElseThrow().mustChangePassword()).isTrue();
        var login = service.loadUserByUsername("bob");
        assertThat(encoder.matches("temporary quartz lantern", login.getPassword())).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString)
                .as("no role but choosing a password").containsExactly("ROLE_" + AccountService.CHOOSING_PASSWORD_ROLE);

        assertThat(service.chooseNewPassword("bob", "temporary quartz lantern", "temporary quartz lantern").problems())
                .as("not the one given").containsOnlyKeys(PasswordChange.Field.PASSWORD);
        assertThat(service.chooseNewPassword("bob", "my very own walrus song", "my very own walrus sing").problems())
                .containsOnlyKeys(PasswordChange.Field.CONFIRMATION);
        assertThat(service.standing("bob").orElseThrow().mustChangePassword()).isTrue();

        assertThat(service.chooseNewPassword("BOB", "my very own walrus song", "my very own walrus song").changed()).isTrue();
        AccountStanding after = service.standing("bob").orElseThrow();
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(after.sessionGeneration()).as("the session that chose it goes on").isEqualTo(generation + 1);
        assertThat(service.loadUserByUsername("bob").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_LEARNER");
        assertThat(encoder.matches("my very own walrus song", service.loadUserByUsername("bob").getPassword())).isTrue();
        assertThat(service.chooseNewPassword("bob", "another walrus verse", "another walrus verse").changed())
                .as("only while a one-time password waits").isFalse();
    }
}
