package se.arshjul.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * A fresh database of its own for the reliability tests' application nodes, beside the shared test
 * database: a file H2 database under target/reliability in the H2 run, and in the PostgreSQL run a
 * database named after the test database with a suffix (arshjul_test_restart, ...), recreated.
 */
record TestDatabase(String url, String user, String password) {

    static boolean onPostgres() {
        String url = System.getenv("ARSHJUL_TEST_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** The run's own kind of database: PostgreSQL in the pom's postgres execution, else file H2. */
    static TestDatabase fresh(String suffix) {
        return onPostgres() ? freshPostgres(suffix) : freshH2(suffix);
    }

    static TestDatabase freshH2(String name) {
        Path dir = Path.of("target", "reliability").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) Files.delete(f);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new TestDatabase("jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** Fails (never skips) when the run has no PostgreSQL: the tests that need it must not pass silently. */
    static TestDatabase freshPostgres(String suffix) {
        if (!onPostgres()) {
            throw new IllegalStateException("This test needs PostgreSQL (ARSHJUL_TEST_DB_URL); it runs in the pom's postgres execution.");
        }
        String base = System.getenv("ARSHJUL_TEST_DB_URL");
        int slash = base.lastIndexOf('/');
        String name = base.substring(slash + 1).replaceAll("\\?.*", "") + "_" + suffix;
        if (!name.matches("[a-z0-9_]+")) throw new IllegalStateException("Unexpected database name: " + name);
        TestDatabase admin = new TestDatabase(base.substring(0, slash + 1) + "postgres", System.getenv("ARSHJUL_TEST_DB_USER"),
                System.getenv().getOrDefault("ARSHJUL_TEST_DB_PASSWORD", ""));
        admin.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
        return new TestDatabase(base.substring(0, slash + 1) + name, admin.user(), admin.password());
    }

    String name() {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "");
    }

    void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("On " + url + ": " + e.getMessage(), e);
        }
    }

    long count(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("On " + url + ": " + e.getMessage(), e);
        }
    }
}
