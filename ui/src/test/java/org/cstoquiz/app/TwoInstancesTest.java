package org.cstoquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cstoquiz.app.attempt.AttemptStore;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.app.testdb.Postgres;
import org.cstoquiz.app.testdb.ToolRequired;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one database, as behind a load balancer: sessions started on either,
 * and both instances running the overdue-closing job at the same moment, in rounds as deadlines pass.
 * Every overdue session is closed exactly once (one TIME_UP step per question, none twice), by
 * whichever instance reached it first.
 */
class TwoInstancesTest {

    static final int SESSIONS = 60;
    static final int QUESTIONS = 5;
    static final int ROUNDS = 6;
    static final Instant START = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedH2File() throws Exception {
        splitTheOverdueJob("H2", Map.of());
    }

    @Test
    void onPostgres() throws Exception {
        if (Postgres.serverUrl().isEmpty()) {
            String reason = "TwoInstancesTest.onPostgres skipped: " + Postgres.missingReason();
            ToolRequired.missing(reason);
            Assumptions.abort(reason);
        }
        splitTheOverdueJob("PostgreSQL", Postgres.newDatabase());
    }

    private ConfigurableApplicationContext start(Map<String, String> database) {
        List<String> args = new ArrayList<>(List.of("--csto-quiz.data-dir=" + dataDir, "--server.port=0",
                "--logging.level.root=warn", "--csto-quiz.attempts.close-overdue-every=PT1H"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private void splitTheOverdueJob(String name, Map<String, String> database) throws Exception {
        try (ConfigurableApplicationContext first = start(database);
                ConfigurableApplicationContext second = start(database)) {
            List<PracticeService> instances = List.of(first.getBean(PracticeService.class),
                    second.getBean(PracticeService.class));
            List<AttemptStore> stores = List.of(first.getBean(AttemptStore.class), second.getBean(AttemptStore.class));
            PracticeSettings timed = new PracticeSettings(Set.of(), Set.of(), QUESTIONS, Optional.of(Duration.ofMinutes(1)),
                    ScoringScheme.PLAIN);
            for (int i = 0; i < SESSIONS; i++) {
                instances.get(i % 2).start("two-instances-" + i, timed, START.plusSeconds(i));
            }

            int[] closedBy = new int[2];
            for (int round = 0; round < ROUNDS; round++) {
                // deadlines are START + 60 s + i s: each round, the next tenth of the sessions is overdue
                Instant now = START.plusSeconds(60 + (round + 1) * (SESSIONS / ROUNDS) - 1);
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<Integer>> closing = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    AttemptStore instance = stores.get((k + round) % 2);
                    closing.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return instance.closeOverdue(now);
                    }));
                }
                go.countDown();
                for (int k = 0; k < 2; k++) {
                    closedBy[(k + round) % 2] += closing.get(k).get();
                }
            }
            int byFirst = closedBy[0];
            int bySecond = closedBy[1];

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            Map<String, Object> steps = new HashMap<>(jdbc.queryForMap("""
                    select count(*) as time_up_steps, count(distinct attempt_id) as closed_attempts,
                        count(distinct attempt_id * 1000 + slot) as closed_slots
                    from quiz_attempt_step where kind = 'TIME_UP'"""));
            long stillOpen = jdbc.queryForObject("select count(*) from quiz_attempt where state = 'IN_PROGRESS'",
                    Long.class);
            System.out.printf("%s, two instances, %d overdue sessions: first closed %d, second closed %d; "
                            + "%s TIME_UP steps for %s sessions, %d still open%n", name, SESSIONS, byFirst, bySecond,
                    value(steps, "time_up_steps"), value(steps, "closed_attempts"), stillOpen);
            assertThat(byFirst + bySecond).as("sessions closed by the two instances together").isEqualTo(SESSIONS);
            assertThat(value(steps, "time_up_steps")).as("TIME_UP steps").isEqualTo(SESSIONS * QUESTIONS);
            assertThat(value(steps, "closed_slots")).as("questions closed (none twice)").isEqualTo(SESSIONS * QUESTIONS);
            assertThat(value(steps, "closed_attempts")).isEqualTo(SESSIONS);
            assertThat(stillOpen).isZero();
        }
    }

    private static long value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst()
                .map(e -> ((Number) e.getValue()).longValue()).orElseThrow();
    }
}
