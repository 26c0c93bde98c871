package org.cstoquiz.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Confirmed" means durable on the embedded default: the application runs in a child JVM on an H2
 * file, confirms answers without pause, and is killed with SIGKILL (no shutdown hook, no flush) right
 * after a number of confirmations; the database is then reopened and every answer that was confirmed
 * before the kill must be there. Several rounds on the same database, each killed at a different point.
 */
class KillNineTest {

    static final int[] KILL_AFTER = {3, 11, 26};
    static final long START_TIMEOUT_SECONDS = 180;

    @TempDir
    Path dataDir;

    record Confirmed(long attempt, int slot) {
    }

    @Test
    void everyConfirmedAnswerSurvivesAKillNine() throws Exception {
        int totalConfirmed = 0;
        int totalFound = 0;
        for (int round = 0; round < KILL_AFTER.length; round++) {
            List<Confirmed> confirmed = runAndKill(KILL_AFTER[round]);
            int found = countStored(confirmed);
            System.out.printf("kill -9 round %d: %d answers confirmed before the kill, %d found after reopening%n",
                    round + 1, confirmed.size(), found);
            assertThat(confirmed.size()).isGreaterThanOrEqualTo(KILL_AFTER[round]);
            assertThat(found).as("confirmed answers found after kill -9 in round " + (round + 1))
                    .isEqualTo(confirmed.size());
            totalConfirmed += confirmed.size();
            totalFound += found;
        }
        System.out.printf("kill -9: %d of %d confirmed answers survived, over %d kills%n", totalFound, totalConfirmed,
                KILL_AFTER.length);
    }

    /** Starts the application in a child JVM, waits for {@code confirmations}, kills it; every confirmation it printed. */
    private List<Confirmed> runAndKill(int confirmations) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: the child starts faster and the kill lands as soon (durability does not depend on the JIT)
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ConfirmingLearner.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Confirmed> confirmed = Collections.synchronizedList(new ArrayList<>());
        BlockingQueue<Confirmed> arrivals = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("CONFIRMED ")) {
                        String[] parts = line.split(" ");
                        Confirmed c = new Confirmed(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                        confirmed.add(c);
                        arrivals.add(c);
                    }
                }
            } catch (java.io.IOException ended) {
                // the process was killed
            }
        });
        try {
            for (int i = 0; i < confirmations; i++) {
                Confirmed next = arrivals.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertThat(next).as("confirmation %d from the child (alive: %s)", i + 1, child.isAlive()).isNotNull();
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux
            child.waitFor(60, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return List.copyOf(confirmed);
    }

    private int countStored(List<Confirmed> confirmed) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("csto-quiz").toAbsolutePath();
        int found = 0;
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement query = db.prepareStatement("select count(*) from quiz_attempt_step"
                        + " where attempt_id = ? and slot = ? and kind = 'SUBMITTED'")) {
            for (Confirmed c : confirmed) {
                query.setLong(1, c.attempt());
                query.setInt(2, c.slot());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    found += rows.getInt(1) == 1 ? 1 : 0;
                }
            }
        }
        return found;
    }
}
