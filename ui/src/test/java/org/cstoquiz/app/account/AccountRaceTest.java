package org.cstoquiz.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many sign-ups at the same moment, each committing on its own: one account per name whatever its
 * case, and one first instructor. Runs on H2 here and on PostgreSQL in {@link AccountRaceOnPostgresTest}.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AccountService.class, AccountStore.class, Registration.class, AccountAdministration.class, PasswordChanges.class,
        AccountServiceTest.Beans.class})
class AccountRaceTest {

    static final int THREADS = 16;
    static final int ROUNDS = 4;
    static final String PASSWORD = "carol at the race";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc.update("delete from user_account");
    }

    /** Runs the sign-ups of {@code request} for every thread at once; their results. */
    private List<RegistrationResult> atOnce(IntFunction<RegistrationRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RegistrationResult>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                RegistrationRequest r = request.apply(i);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return accounts.register(r);
                }));
            }
            ready.await();
            go.countDown();
            List<RegistrationResult> done = new ArrayList<>();
            for (Future<RegistrationResult> result : results) {
                done.add(result.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneNameInManyCasesAtOnceGivesOneAccountThatCanLogIn() throws Exception {
        String[] spellings = {"Carol", "carol", "CAROL", "cArOl"};
        int registered = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String suffix = "-" + round;
            List<RegistrationResult> results = atOnce(i -> new RegistrationRequest(
                    spellings[i % spellings.length] + suffix, PASSWORD, PASSWORD));
            long ok = results.stream().filter(RegistrationResult.Registered.class::isInstance).count();
            assertThat(ok).as("accounts created in round " + round).isEqualTo(1);
            assertThat(results).filteredOn(RegistrationResult.Rejected.class::isInstance)
                    .allSatisfy(r -> assertThat(((RegistrationResult.Rejected) r).problems())
                            .containsOnlyKeys(RegistrationResult.Field.USERNAME));
            assertThat(jdbc.queryForObject("select count(*) from user_account where username_key = ?", Long.class,
                    "carol" + suffix)).isEqualTo(1);
            assertThat(accounts.loadUserByUsername("carol" + suffix).getUsername()).isEqualToIgnoringCase("carol" + suffix);
            registered += (int) ok;
            refused += results.size() - (int) ok;
        }
        System.out.printf("Same name in four spellings, %d sign-ups at once, %d rounds: %d created, %d refused as taken%n",
                THREADS, ROUNDS, registered, refused);
    }

    @Test
    void firstSignUpsAtOnceGiveExactlyOneInstructor() throws Exception {
        int instructors = 0;
        int learners = 0;
        for (int round = 0; round < ROUNDS; round++) {
            jdbc.update("delete from user_account");
            String prefix = "first" + round + "-";
            List<RegistrationResult> results = atOnce(i -> new RegistrationRequest(prefix + i, PASSWORD, PASSWORD));
            assertThat(results).allMatch(RegistrationResult.Registered.class::isInstance);
            long inRound = results.stream()
                    .filter(r -> ((RegistrationResult.Registered) r).account().role() == Role.INSTRUCTOR).count();
            assertThat(inRound).as("instructors after %d simultaneous first sign-ups (round %d)", THREADS, round)
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'INSTRUCTOR'", Long.class))
                    .isEqualTo(1);
            instructors += (int) inRound;
            learners += THREADS - (int) inRound;
        }
        System.out.printf("%d first sign-ups at once on an empty database, %d rounds: %d instructors, %d learners%n",
                THREADS, ROUNDS, instructors, learners);
    }
}
