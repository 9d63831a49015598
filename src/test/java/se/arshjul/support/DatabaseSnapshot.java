package se.arshjul.support;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The content of the application's tables plus the engine's runtime tasks, executions, identity
 * links, variables and comments, for "a refused request changed nothing" assertions. Rows are
 * compared as sorted strings per table (binary columns by content hash).
 */
public final class DatabaseSnapshot {
    private static final List<String> ENGINE_TABLES = List.of("act_ru_task", "act_ru_execution", "act_ru_identitylink",
            "act_ru_variable", "act_hi_comment", "act_re_deployment", "act_ru_job");

    private final Map<String, List<String>> rows;

    private DatabaseSnapshot(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    public static DatabaseSnapshot of(JdbcTemplate jdbc) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables(jdbc)) {
            List<String> content = new ArrayList<>();
            jdbc.query("SELECT * FROM " + table, rs -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof byte[] b ? "#" + Arrays.hashCode(b) : String.valueOf(v)).append('|');
                }
                content.add(row.toString());
            });
            content.sort(null);
            rows.put(table, content);
        }
        return new DatabaseSnapshot(rows);
    }

    /** Names of the tables whose rows differ from {@code other}'s. */
    public List<String> changedTables(DatabaseSnapshot other) {
        return rows.keySet().stream().filter(t -> !rows.get(t).equals(other.rows.get(t))).toList();
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection c) -> {
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if ((!lower.startsWith("act_") && !lower.startsWith("flyway")) || ENGINE_TABLES.contains(lower)) {
                        names.add(name);
                    }
                }
            }
            return names;
        });
    }
}
