package se.arshjul.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A municipal-scale year: 30 units, 5 000 open review tasks spread over them, and 100 000
 * historic task instances over three years (written straight into ACT_HI_TASKINST, since only
 * their volume matters to the queries measured).
 */
final class MunicipalYearSeed {
    static final int UNITS = 30;
    static final int OPEN_TASKS = 5_000;
    static final int HISTORIC_TASKS = 100_000;
    static final String USER = "bench";
    static final List<String> USER_GROUPS = List.of("handlaggare", unit(1), unit(2), unit(3));

    static String unit(int i) {
        return String.format("bench-enhet-%02d", i);
    }

    static void seed(IdentityService identity, RuntimeService runtime, JdbcTemplate jdbc) throws Exception {
        if (identity.createUserQuery().userId(USER).count() > 0) {
            return;
        }
        for (int i = 1; i <= UNITS; i++) {
            var g = identity.newGroup(unit(i));
            g.setName("Enhet " + i);
            g.setType("ENHET");
            identity.saveGroup(g);
        }
        var user = identity.newUser(USER);
        user.setFirstName("Bench");
        user.setLastName("Mark");
        user.setPassword("demo1234");
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
        // The benchmark user is in three unit groups (plus the staff role).
        USER_GROUPS.forEach(g -> identity.createMembership(USER, g));

        long t0 = System.nanoTime();
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
            int offset = worker;
            futures.add(pool.submit(() -> {
                for (int i = offset; i < OPEN_TASKS; i += 2) {
                    runtime.startProcessInstanceByKey("Granskning", "VP-" + (2024 + i % 3), Map.of(
                            "title", "Avsnitt " + i,
                            "authorGroup", unit(1 + i % UNITS),
                            "reviewerGroup", unit(1 + i % UNITS) + "-chefer",
                            "escalationGroup", "forvaltningsledning",
                            "authorDueDate", Date.from(now.plus(i % 60 - 10, ChronoUnit.DAYS)),
                            "reviewDueDate", Date.from(now.plus(i % 60 + 5, ChronoUnit.DAYS))));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        System.out.printf("seed: %d open tasks in %.1f s%n", OPEN_TASKS, (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        Instant threeYearsAgo = now.minus(3 * 365, ChronoUnit.DAYS);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < HISTORIC_TASKS; i++) {
            Instant start = threeYearsAgo.plus(i % (3 * 365), ChronoUnit.DAYS);
            Instant end = start.plus(2 + i % 9, ChronoUnit.DAYS);
            batch.add(new Object[] {"bench-hist-" + i, i % 2 == 0 ? "Task_WriteSection" : "Task_ReviewSection", "Granskning",
                    "bench-pi-" + (i / 2), "Avsnitt " + i, "user" + (i % 400), Timestamp.from(start), Timestamp.from(end),
                    end.toEpochMilli() - start.toEpochMilli(), "completed", 50, "COMPLETED"});
            if (batch.size() == 5_000) {
                insertHistoric(jdbc, batch);
                batch.clear();
            }
        }
        insertHistoric(jdbc, batch);
        System.out.printf("seed: %d historic task instances in %.1f s%n", HISTORIC_TASKS, (System.nanoTime() - t0) / 1e9);
        // planner statistics as autovacuum would have them on a database in use, not those of the empty tables
        jdbc.execute("ANALYZE");
    }

    private static void insertHistoric(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, ASSIGNEE_, "
                + "START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, TASK_STATE_) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }
}
