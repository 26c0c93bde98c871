package org.cstoquiz.app.testdb;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** New empty databases for tests that build a schema themselves, such as migration tests. */
public final class EmptyDatabases {

    private EmptyDatabases() {
    }

    /** An H2 file database in {@code dir}. */
    public static DataSource h2(Path dir) {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("old") + ";WRITE_DELAY=0", "sa", "");
    }

    /**
     * A new database on the PostgreSQL server of {@link Postgres}; without one, {@code test} is skipped
     * with the reason printed, or fails under {@code CI=true}.
     */
    public static DataSource postgresFor(String test) {
        if (Postgres.serverUrl().isEmpty()) {
            String reason = test + " skipped: " + Postgres.missingReason();
            ToolRequired.missing(reason);
            Assumptions.abort(reason);
        }
        Map<String, String> db = Postgres.newDatabase();
        return new DriverManagerDataSource(db.get("spring.datasource.url"), db.get("spring.datasource.username"),
                db.get("spring.datasource.password"));
    }
}
