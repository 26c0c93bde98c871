package org.cstoquiz.app.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the persistence tests also run against, named by the environment variable
 * {@code CSTO_QUIZ_TEST_POSTGRES} (or the system property {@code csto-quiz.test.postgres}): a JDBC URL
 * with a user allowed to create databases, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres?user=csto_quiz&password=csto_quiz}. Each
 * application context gets a new, empty database of its own on that server.
 */
public final class Postgres {

    public static final String VARIABLE = "CSTO_QUIZ_TEST_POSTGRES";
    public static final String PROPERTY = "csto-quiz.test.postgres";
    private static final String PREFIX = "csto_quiz_test_";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(?:\\?(.*))?");
    private static boolean leftoversDropped;

    private Postgres() {
    }

    public static Optional<String> serverUrl() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(VARIABLE);
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    public static String missingReason() {
        return "no PostgreSQL server given: set " + VARIABLE + " (or -D" + PROPERTY + ") to a JDBC URL such as "
                + "jdbc:postgresql://localhost:5432/postgres?user=csto_quiz&password=csto_quiz (see the README)";
    }

    /** Where to connect to a new, empty database: Spring's datasource properties. */
    public static synchronized Map<String, String> newDatabase() {
        String server = serverUrl().orElseThrow(() -> new IllegalStateException(missingReason()));
        Matcher parts = URL.matcher(server);
        if (!parts.matches()) {
            throw new IllegalStateException(VARIABLE + " is not a jdbc:postgresql://host:port/database URL: " + server);
        }
        String name = PREFIX + System.currentTimeMillis() / 1000 + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000_0000, Integer.MAX_VALUE));
        try (Connection admin = DriverManager.getConnection(server); Statement sql = admin.createStatement()) {
            if (!leftoversDropped) {
                dropOldTestDatabases(sql);
                leftoversDropped = true;
            }
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
        }
        String user = "";
        String password = "";
        List<String> others = new ArrayList<>();
        if (parts.group(3) != null) {
            for (String parameter : parts.group(3).split("&")) {
                if (parameter.startsWith("user=")) {
                    user = parameter.substring(5);
                } else if (parameter.startsWith("password=")) {
                    password = parameter.substring(9);
                } else if (!parameter.isEmpty()) {
                    others.add(parameter);
                }
            }
        }
        String url = parts.group(1) + name + (others.isEmpty() ? "" : "?" + String.join("&", others));
        return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** Test databases left by earlier runs (older than a day) are dropped, so they do not pile up. */
    private static void dropOldTestDatabases(Statement sql) throws SQLException {
        long dayAgo = System.currentTimeMillis() / 1000 - 24 * 3600;
        List<String> old = new ArrayList<>();
        try (ResultSet names = sql.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (names.next()) {
                String db = names.getString(1);
                String[] fields = db.substring(PREFIX.length()).split("_");
                if (fields.length == 2 && fields[0].matches("\\d+") && Long.parseLong(fields[0]) < dayAgo) {
                    old.add(db);
                }
            }
        }
        for (String db : old) {
            sql.execute("drop database if exists " + db);
        }
    }
}
