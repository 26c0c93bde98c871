package org.cstoquiz.app.classes;

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
 * The migrations for classes, assignments and one-time passwords on a database made by the earlier
 * versions: accounts keep their passwords and need no change, and the new tables hold their rules
 * (one membership per learner and class, a window that closes after it opens, one test per learner
 * and assignment, a test drawn from a blueprint or a fixed paper with one question a slot).
 */
class ClassesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void onAnExistingH2Database() {
        migrateAnOldDatabase(EmptyDatabases.h2(dir));
    }

    @Test
    void onAnExistingPostgresDatabase() {
        migrateAnOldDatabase(EmptyDatabases.postgresFor("ClassesMigrationTest.onAnExistingPostgresDatabase"));
    }

    private void migrateAnOldDatabase(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("13").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into user_account (username, username_key, password_hash, role, created_at)"
                + " values ('nadia', 'nadia', 'hash-kept', 'LEARNER', current_timestamp)");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForObject("select password_hash from user_account", String.class)).isEqualTo("hash-kept");
        assertThat(jdbc.queryForObject("select count(*) from user_account where must_change_password = false"
                + " and session_generation = 0", Long.class)).isEqualTo(1);

        jdbc.update("insert into quiz_class (version, name, join_code, created_by, created_at)"
                + " values (0, 'Group', 'ACDEFG', 'irina', current_timestamp)");
        long classId = jdbc.queryForObject("select id from quiz_class", Long.class);
        jdbc.update("insert into class_member (class_id, username, joined_at) values (?, 'nadia', current_timestamp)", classId);
        assertThatThrownBy(() -> jdbc.update("insert into class_member (class_id, username, joined_at)"
                + " values (?, 'nadia', current_timestamp)", classId)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into class_member (class_id, username, joined_at)"
                + " values (?, 'nobody', current_timestamp)", classId)).as("members are accounts")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into quiz_class (version, name, join_code, created_by, created_at)"
                + " values (0, 'Other', 'ACDEFG', 'irina', current_timestamp)")).as("codes are unique")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into class_assignment (version, class_id, blueprint_id, title, seed,"
                + " opens_at, closes_at, created_by, created_at) values (0, ?, 1, 'Quick check', 7,"
                + " timestamp '2026-05-11 10:00:00', timestamp '2026-05-11 10:00:00', 'irina', current_timestamp)", classId))
                .as("the window closes after it opens").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into class_assignment (version, class_id, title, seed,"
                + " opens_at, closes_at, created_by, created_at) values (0, ?, 'Neither', 7,"
                + " timestamp '2026-05-11 10:00:00', timestamp '2026-05-11 11:00:00', 'irina', current_timestamp)", classId))
                .as("a blueprint or a paper").isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into class_assignment (version, class_id, paper_pack, paper_seed, title, seed, opens_at,"
                + " closes_at, created_by, created_at) values (0, ?, 'csto', 42, 'Paper', 42,"
                + " timestamp '2026-05-11 10:00:00', timestamp '2026-05-11 11:00:00', 'irina', current_timestamp)", classId);
        long paper = jdbc.queryForObject("select id from class_assignment where title = 'Paper'", Long.class);
        jdbc.update("insert into assignment_question (assignment_id, slot, question_id) values (?, 0, 'q-1')", paper);
        assertThatThrownBy(() -> jdbc.update("insert into assignment_question (assignment_id, slot, question_id)"
                + " values (?, 0, 'q-2')", paper)).as("one question a slot").isInstanceOf(DataIntegrityViolationException.class);
    }
}
