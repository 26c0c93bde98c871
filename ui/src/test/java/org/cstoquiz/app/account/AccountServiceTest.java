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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({AccountService.class, AccountServiceTest.Beans.class})
class AccountServiceTest {

    @TestConfiguration
    static class Beans {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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

    private AccountSummary register(String name) {
        var result = service.register(new RegistrationRequest(name, "correct horse", "correct horse"));
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).account();
    }

    @Test
    void firstAccountOnAnEmptyDatabaseIsAnInstructorAndLaterOnesAreLearners() {
        assertThat(register("alice").role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(register("bob").role()).isEqualTo(Role.LEARNER);
        assertThat(register("carol").role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void passwordIsStoredWithTheDelegatingEncodersDefaultHashNotInClear() {
        register("alice");
        String hash = repository.findByUsernameIgnoreCase("alice").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(service.loadUserByUsername("ALICE").getUsername()).isEqualTo("alice");
    }

    @Test
    void takenNameIsRejectedRegardlessOfCaseAndNothingIsStored() {
        register("alice");
        var result = service.register(new RegistrationRequest("Alice", "another pass", "another pass"));
        assertThat(result).isInstanceOfSatisfying(RegistrationResult.Rejected.class,
                rejected -> assertThat(rejected.problems()).containsOnlyKeys(Field.USERNAME));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void emptyShortAndMismatchedPasswordsAreRejectedAtTheirFields() {
        var empty = (RegistrationResult.Rejected) service.register(new RegistrationRequest("dave", "", ""));
        assertThat(empty.problems()).containsOnlyKeys(Field.PASSWORD);
        var shortOne = (RegistrationResult.Rejected) service.register(new RegistrationRequest("dave", "short", "short"));
        assertThat(shortOne.problems().get(Field.PASSWORD)).contains("at least 8");
        var mismatch = (RegistrationResult.Rejected) service.register(
                new RegistrationRequest("dave", "long enough", "long enougH"));
        assertThat(mismatch.problems()).containsOnlyKeys(Field.CONFIRMATION);
        var badName = (RegistrationResult.Rejected) service.register(
                new RegistrationRequest("a b", "long enough", "long enough"));
        assertThat(badName.problems()).containsOnlyKeys(Field.USERNAME);
        assertThat(repository.count()).isZero();
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
}
