package org.cstoquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pool retires every connection after its maximum lifetime, among them the one that ran the
 * migrations. Every table must still take writes afterwards: H2 2.4.240 broke each
 * {@code CHECK (x IN (...))} constraint once the connection that created it was closed, so saves
 * failed about thirty minutes after the first start of a new installation. Runs on H2 here and on
 * PostgreSQL in {@link RetiredConnectionsOnPostgresTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RetiredConnectionsTest {

    /** One valid row per table, written with the values the check constraints allow. */
    static final Map<String, String> ONE_ROW_PER_TABLE = new LinkedHashMap<>();

    static {
        ONE_ROW_PER_TABLE.put("user_account", """
                insert into user_account (username, username_key, password_hash, role, created_at)
                values ('retired-pool', 'retired-pool', 'x', 'LEARNER', current_timestamp)""");
        ONE_ROW_PER_TABLE.put("account_changes", """
                update account_changes set changes = changes + 1 where id = 1""");
        ONE_ROW_PER_TABLE.put("quiz_attempt", """
                insert into quiz_attempt (version, owner, kind, behaviour, scheme, seed, questions,
                    marks_per_question, areas, types, started_at, state, max_score, step_count)
                values (0, 'retired-pool', 'TEST', 'DEFERRED', 'PLAIN', 1, '[]', 1, '', '',
                    current_timestamp, 'IN_PROGRESS', 1, 0)""");
        ONE_ROW_PER_TABLE.put("quiz_attempt_step", """
                insert into quiz_attempt_step (attempt_id, seq, slot, kind, at_time)
                select max(id), 1, 0, 'FLAGGED', current_timestamp from quiz_attempt
                where owner = 'retired-pool'""");
        ONE_ROW_PER_TABLE.put("review_card", """
                insert into review_card (username, pack, fact_id, introduced_at, due, stability, difficulty,
                    elapsed_days, scheduled_days, reps, lapses, learning_steps, state)
                values ('retired-pool', 'csto', 'event.founding', current_timestamp, current_timestamp, 1, 5,
                    0, 0, 0, 0, 0, 'RELEARNING')""");
        ONE_ROW_PER_TABLE.put("exam_date", """
                insert into exam_date (username, exam_date) values ('retired-pool', current_date)""");
        ONE_ROW_PER_TABLE.put("review_log", """
                insert into review_log (username, pack, fact_id, area, correct, rating, reviewed_at, prev_state)
                values ('retired-pool', 'csto', 'event.founding', 'dates', true, 'GOOD', current_timestamp, 'NONE')""");
        ONE_ROW_PER_TABLE.put("learner_settings", """
                insert into learner_settings (username, time_zone, recall_mode)
                values ('retired-pool', 'Asia/Almaty', 'QUESTION_ONLY')""");
        ONE_ROW_PER_TABLE.put("test_blueprint", """
                insert into test_blueprint (version, name, areas, types, questions, minutes, scheme, pack)
                values (0, 'Retired pool', '', '', 5, 0, 'PARTIAL_CREDIT', 'csto')""");
        ONE_ROW_PER_TABLE.put("practice_preference", """
                insert into practice_preference (owner, version, areas, types, questions, minutes, scheme, pack)
                values ('retired-pool', 0, 'dates', 'numeric', 10, 0, 'PLAIN', 'csto')""");
        ONE_ROW_PER_TABLE.put("question_report", """
                insert into question_report (question_id, question, reporter, problem, note, reported_at,
                    resolved_at, resolved_by, resolution)
                values ('retired-pool', '{}', 'retired-pool', 'WRONG_KEY', '', current_timestamp,
                    current_timestamp, 'retired-pool', 'DISMISSED')""");
        ONE_ROW_PER_TABLE.put("curated_question", """
                insert into curated_question (version, pack, question_id, bank_seed, original, retired, changed_by,
                    changed_at)
                values (0, 'retired-pool', 'retired-pool', 42, '{}', true, 'retired-pool', current_timestamp)""");
        ONE_ROW_PER_TABLE.put("curation_event", """
                insert into curation_event (curated_id, action, note, done_by, done_at)
                select max(id), 'RETIRED', '', 'retired-pool', current_timestamp from curated_question
                where pack = 'retired-pool'""");
        ONE_ROW_PER_TABLE.put("quiz_class", """
                insert into quiz_class (version, name, join_code, created_by, created_at)
                values (0, 'Retired pool', 'RPQRST', 'retired-pool', current_timestamp)""");
        ONE_ROW_PER_TABLE.put("class_member", """
                insert into class_member (class_id, username, joined_at)
                select max(id), 'retired-pool', current_timestamp from quiz_class where join_code = 'RPQRST'""");
        ONE_ROW_PER_TABLE.put("class_assignment", """
                insert into class_assignment (version, class_id, blueprint_id, title, seed, opens_at, closes_at,
                    created_by, created_at)
                select 0, max(id), 1, 'Retired pool', 1, current_timestamp, current_timestamp + interval '1' hour,
                    'retired-pool', current_timestamp from quiz_class where join_code = 'RPQRST'""");
        ONE_ROW_PER_TABLE.put("assignment_attempt", """
                insert into assignment_attempt (assignment_id, username, attempt_id, started_at)
                select (select max(id) from class_assignment where title = 'Retired pool'), 'retired-pool', max(id),
                    current_timestamp from quiz_attempt where owner = 'retired-pool'""");
        ONE_ROW_PER_TABLE.put("assignment_question", """
                insert into assignment_question (assignment_id, slot, question_id)
                select max(id), 0, 'retired-pool' from class_assignment where title = 'Retired pool'""");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableTakesWritesAfterThePoolRetiredEveryConnection() throws Exception {
        assertThat(ONE_ROW_PER_TABLE.keySet()).as("a row for every table").containsExactlyInAnyOrderElementsOf(tables());

        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        pool.softEvictConnections();
        assertThat(pool.getActiveConnections()).isZero();

        for (var table : ONE_ROW_PER_TABLE.entrySet()) {
            assertThat(jdbc.update(table.getValue())).as(table.getKey()).isEqualTo(1);
        }
    }

    private TreeSet<String> tables() throws Exception {
        var tables = new TreeSet<String>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData()
                        .getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        tables.remove("flyway_schema_history");
        return tables;
    }
}
