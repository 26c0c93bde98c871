package org.cstoquiz.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.cstoquiz.app.testdb.EmptyDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration that keeps review per pack, lets reviews be undone and keeps learner settings, on a
 * database made by V1–V6 that already holds reviews: they become the built-in pack's, cannot be
 * undone (their card before was not kept), and a fact id may now recur in another pack.
 */
class ReviewMigrationTest {

    @TempDir
    Path dir;

    @Test
    void onAnExistingH2Database() {
        migrateAnOldDatabase(EmptyDatabases.h2(dir));
    }

    @Test
    void onAnExistingPostgresDatabase() {
        migrateAnOldDatabase(EmptyDatabases.postgresFor("ReviewMigrationTest.onAnExistingPostgresDatabase"));
    }

    private void migrateAnOldDatabase(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into user_account (username, username_key, password_hash, role, created_at)"
                + " values ('olga', 'olga', 'x', 'LEARNER', current_timestamp)");
        jdbc.update("insert into review_card (username, fact_id, introduced_at, due, stability, difficulty,"
                + " elapsed_days, scheduled_days, reps, lapses, learning_steps, state, last_review)"
                + " values ('olga', 'event.treaty-signed', current_timestamp, current_timestamp, 2.3065, 2.1,"
                + " 0, 2, 2, 0, 0, 'REVIEW', current_timestamp)");
        jdbc.update("insert into review_log (username, fact_id, area, correct, rating, reviewed_at)"
                + " values ('olga', 'event.treaty-signed', 'DATES', true, 'GOOD', current_timestamp)");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForObject("select pack from review_card where username = 'olga'", String.class))
                .isEqualTo("csto");
        assertThat(jdbc.queryForMap("select pack, prev_state, self_rated, question_id from review_log"
                + " where username = 'olga'")).containsEntry("pack", "csto").containsEntry("prev_state", null)
                .containsEntry("self_rated", false).containsEntry("question_id", null);
        // the same fact id in another pack is another card; twice in one pack is refused
        jdbc.update("insert into review_card (username, pack, fact_id, introduced_at, due, stability, difficulty,"
                + " elapsed_days, scheduled_days, reps, lapses, learning_steps, state)"
                + " values ('olga', 'sco', 'event.treaty-signed', current_timestamp, current_timestamp, 0, 0,"
                + " 0, 0, 0, 0, 0, 'NEW')");
        assertThatThrownBy(() -> jdbc.update("insert into review_card (username, pack, fact_id, introduced_at, due,"
                + " stability, difficulty, elapsed_days, scheduled_days, reps, lapses, learning_steps, state)"
                + " values ('olga', 'csto', 'event.treaty-signed', current_timestamp, current_timestamp, 0, 0,"
                + " 0, 0, 0, 0, 0, 'NEW')")).isInstanceOf(DataIntegrityViolationException.class);
        // a new card must name its pack
        assertThatThrownBy(() -> jdbc.update("insert into review_card (username, fact_id, introduced_at, due,"
                + " stability, difficulty, elapsed_days, scheduled_days, reps, lapses, learning_steps, state)"
                + " values ('olga', 'event.other', current_timestamp, current_timestamp, 0, 0, 0, 0, 0, 0, 0, 'NEW')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into learner_settings (username, time_zone, recall_mode) values ('olga', 'Asia/Almaty', 'WITH_OPTIONS')");
        assertThatThrownBy(() -> jdbc.update("update learner_settings set recall_mode = 'SOMETIMES' where username = 'olga'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
