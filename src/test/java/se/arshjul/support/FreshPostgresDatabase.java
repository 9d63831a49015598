package se.arshjul.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the PostgreSQL test run (ARSHJUL_TEST_DB_RECREATE=true, set by the pom), drops and
 * creates the test database so every run starts from an empty schema.
 */
public class FreshPostgresDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"true".equals(System.getenv("ARSHJUL_TEST_DB_RECREATE"))) {
            return;
        }
        String url = System.getenv("ARSHJUL_TEST_DB_URL");
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("Unexpected test database name: " + database);
        }
        String admin = url.substring(0, slash + 1) + "postgres";
        String password = System.getenv().getOrDefault("ARSHJUL_TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(admin, System.getenv("ARSHJUL_TEST_DB_USER"), password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate the PostgreSQL test database " + database
                    + " (is PostgreSQL running on " + url + "? Use -Ph2-only to skip it)", e);
        }
    }
}
