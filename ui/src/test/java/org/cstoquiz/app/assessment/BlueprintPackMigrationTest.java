package org.cstoquiz.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.cstoquiz.app.testdb.EmptyDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration that makes blueprints and practice name their pack, on a database that already has
 * every other migration (as the application made it before this one existed) and holds blueprints
 * and a practice preference: the blueprints become the built-in pack's, the preference names none.
 */
class BlueprintPackMigrationTest {

    private static final String PACK_MIGRATION = "V9__blueprint_pack.sql";

    @TempDir
    Path dir;

    @Test
    void onAnExistingH2Database() throws IOException {
        migrateAnOldDatabase(EmptyDatabases.h2(dir.resolve("db")));
    }

    @Test
    void onAnExistingPostgresDatabase() throws IOException {
        migrateAnOldDatabase(EmptyDatabases.postgresFor("BlueprintPackMigrationTest.onAnExistingPostgresDatabase"));
    }

    private void migrateAnOldDatabase(DataSource dataSource) throws IOException {
        Path before = Files.createDirectories(dir.resolve("before"));
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            if (!PACK_MIGRATION.equals(migration.getFilename())) {
                try (InputStream in = migration.getInputStream()) {
                    Files.copy(in, before.resolve(migration.getFilename()));
                }
            }
        }
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + before).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into practice_preference (owner, version, areas, types, questions, minutes, scheme)"
                + " values ('olga', 0, '', '', 10, 0, 'PLAIN')");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load().migrate();

        assertThat(jdbc.queryForList("select distinct pack from test_blueprint", String.class)).containsExactly("csto");
        assertThat(jdbc.queryForObject("select count(*) from test_blueprint", Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select pack from practice_preference where owner = 'olga'", String.class)).isNull();
        // a new blueprint must name its pack
        assertThatThrownBy(() -> jdbc.update("insert into test_blueprint (version, name, areas, types, questions,"
                + " minutes, scheme) values (0, 'No pack', '', '', 5, 0, 'PLAIN')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into test_blueprint (version, name, areas, types, questions, minutes, scheme, pack)"
                + " values (0, 'NATO', '', '', 5, 0, 'PLAIN', 'nato')");
    }
}
