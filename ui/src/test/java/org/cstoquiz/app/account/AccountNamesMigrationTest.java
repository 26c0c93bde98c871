package org.cstoquiz.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.cstoquiz.app.testdb.EmptyDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration to case-insensitive names on a database made by the earlier versions, which could
 * hold "Carol" and "carol" (neither of whom could log in): the first keeps the name, the later one
 * keeps its row and data under a key no login reaches, and the unique rule holds from then on.
 */
class AccountNamesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void onAnExistingH2Database() {
        migrateAnOldDatabase(EmptyDatabases.h2(dir));
    }

    @Test
    void onAnExistingPostgresDatabase() {
        migrateAnOldDatabase(EmptyDatabases.postgresFor("AccountNamesMigrationTest.onAnExistingPostgresDatabase"));
    }

    private void migrateAnOldDatabase(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String name : List.of("Carol", "dave", "carol", "CAROL")) {
            jdbc.update("insert into user_account (username, password_hash, role, created_at)"
                    + " values (?, 'x', 'LEARNER', current_timestamp)", name);
        }
        jdbc.update("insert into review_log (username, fact_id, area, correct, rating, reviewed_at)"
                + " values ('carol', 'event.founding', 'dates', true, 'GOOD', current_timestamp)");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        List<String> keys = jdbc.queryForList("select username_key from user_account order by id", String.class);
        assertThat(keys.get(0)).isEqualTo("carol");
        assertThat(keys.get(1)).isEqualTo("dave");
        assertThat(keys.get(2)).startsWith("carol~");
        assertThat(keys.get(3)).startsWith("carol~");
        assertThat(jdbc.queryForObject("select count(*) from review_log", Long.class)).as("data kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("select changes from account_changes where id = 1", Long.class)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into user_account (username, username_key, password_hash, role, created_at)"
                        + " values ('DAVE', 'dave', 'x', 'LEARNER', current_timestamp)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
