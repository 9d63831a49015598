package se.arshjul.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.reliability.RestartWithPendingTimersTest.clock;
import static se.arshjul.reliability.RestartWithPendingTimersTest.date;
import static se.arshjul.reliability.RestartWithPendingTimersTest.startReview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.reports.FollowupTestData;
import se.arshjul.internalcontrol.KontrollmomentScheduler;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.SodertaljeControls;
import se.arshjul.review.ReviewDecisionRecorder;
import se.arshjul.security.CurrentUser;

/**
 * PostgreSQL only (tag {@code postgres-only}, excluded from the pom's H2 execution; fails rather than
 * skips without PostgreSQL): two application nodes with their job executors on share one database,
 * like a cluster; then the database they used is backed up with pg_dump, restored with pg_restore
 * into a fresh database and the application runs on the copy.
 */
@Tag("postgres-only")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesAndBackupPostgresTest {
    private static final int YEAR = 2042;
    private static final int SECTIONS = 30;
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    private TestDatabase db;
    private AppNode node1;
    private AppNode node2;

    @BeforeAll
    void startTwoNodes() {
        db = TestDatabase.freshPostgres("nodes");
        node1 = AppNode.start("reliab_node_1", db);
        node2 = AppNode.start("reliab_node_2", db);
    }

    @AfterAll
    void stop() {
        if (node1 != null) node1.close();
        if (node2 != null) node2.close();
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void everyTimerAndJobRunsExactlyOnceAndTasksCompletedOnOneNodeAreSeenOnTheOther() {
        clock(LocalDateTime.of(YEAR - 1, 12, 10, 9, 0));
        // Södertälje's twelve kontrollmoment, decided on node 1: twelve scheduler loops on timers
        InternalControlService internalControl = node1.bean(InternalControlService.class);
        for (SodertaljeControls.Row row : SodertaljeControls.BILAGA_1) internalControl.saveControl(YEAR, null, row.form(), ADMIN);
        internalControl.decide(YEAR, null, ADMIN);
        // sections started on both nodes, each written by Anna and due 10 March: reminders on 7 March
        List<String> writeTasks = new ArrayList<>();
        for (int i = 0; i < SECTIONS; i++) {
            AppNode node = i % 2 == 0 ? node1 : node2;
            ProcessInstance review = startReview(node, "REL-NODES-" + i, date(LocalDateTime.of(YEAR, 3, 10, 16, 0)));
            TaskService tasks = node.bean(TaskService.class);
            String task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId();
            tasks.claim(task, "anna");
            writeTasks.add(task);
        }

        // 8 March: the January–March control runs, their reminders and escalations and the section reminders are all due;
        // both job executors take them from the same tables
        clock(LocalDateTime.of(YEAR, 3, 8, 12, 0));
        node1.awaitDueJobsDone();
        node2.awaitDueJobsDone();

        JdbcTemplate jdbc = node2.bean(JdbcTemplate.class);
        // every section reminder exactly once
        Map<String, Long> reminders = jdbc.queryForList("SELECT link, COUNT(*) AS n FROM notification WHERE kind = 'REMINDER' "
                + "AND recipient = 'anna' AND link LIKE '/uppgifter/%' GROUP BY link").stream()
                .collect(Collectors.toMap(r -> (String) r.get("link"), r -> ((Number) r.get("n")).longValue()));
        for (String task : writeTasks) assertThat(reminders.get("/uppgifter/" + task)).as("reminder for " + task).isEqualTo(1L);
        // nobody got the same reminder twice, and no control period was run twice
        assertThat(jdbc.queryForList("SELECT link FROM notification WHERE kind = 'REMINDER' GROUP BY link, recipient HAVING COUNT(*) > 1"))
                .isEmpty();
        assertThat(jdbc.queryForList("SELECT control_id FROM kontrolltillfalle GROUP BY control_id, period_start HAVING COUNT(*) > 1")).isEmpty();
        // the monthly controls (1–4 and 12 in Bilaga 1) have exactly January, February and March
        for (int i : List.of(0, 1, 2, 3, 11)) {
            long control = internalControl.controls(YEAR).get(i).id();
            assertThat(internalControl.runs(control)).as(SodertaljeControls.BILAGA_1.get(i).process()).hasSize(3);
        }
        // the engine's own log: each job succeeded exactly once
        HistoryService history = node1.bean(HistoryService.class);
        List<HistoricJobLog> successes = history.createHistoricJobLogQuery().successLog().list();
        assertThat(successes).hasSizeGreaterThan(SECTIONS + 12);
        Map<String, Long> successesPerJob = successes.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
        assertThat(successesPerJob).allSatisfy((job, runs) -> assertThat(runs).as("successful runs of job " + job).isEqualTo(1L));
        // two nodes may run two jobs of one process instance at once: the engine then rolls one back
        // (optimistic locking, nothing of it is kept) and runs it again; any other failure is a bug
        assertThat(history.createHistoricJobLogQuery().failureLog().list()).allSatisfy(failure -> {
            assertThat(failure.getJobExceptionMessage()).contains("updated by another transaction concurrently");
            assertThat(successesPerJob.get(failure.getJobId())).as("the retried job " + failure.getJobId()).isEqualTo(1L);
        });
        assertThat(node2.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(KontrollmomentScheduler.RUN_PROCESS_KEY)
                .count()).isPositive();

        // a task completed on node 1 is gone on node 2, which sees the next task; and back
        String task = writeTasks.get(0);
        String processId = node2.bean(TaskService.class).createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        completeAs(node1, task, "anna", Map.of("readyForReview", true, "submissionNote", "Klart för granskning"));
        TaskService tasksOn2 = node2.bean(TaskService.class);
        assertThat(tasksOn2.createTaskQuery().taskId(task).count()).isZero();
        Task review = tasksOn2.createTaskQuery().processInstanceId(processId).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewSection");
        assertThat(node2.bean(HistoryService.class).createHistoricTaskInstanceQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("anna");
        tasksOn2.claim(review.getId(), "cecilia");
        completeAs(node2, review.getId(), "cecilia", Map.of("decision", ReviewDecisionRecorder.APPROVE));
        assertThat(node1.bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(processId).count()).isZero();
        assertThat(node1.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(processId)
                .singleResult().getEndTime()).isNotNull();
    }

    /**
     * The backup procedure of the README: pg_dump (custom format) of the database the nodes used,
     * pg_restore into a fresh database, and the application started on the copy has the data and
     * the running processes and continues them.
     */
    @Test
    @Order(2)
    void aPgDumpRestoredIntoAFreshDatabaseRunsTheApplicationWithItsDataAndProcesses() throws Exception {
        clock(LocalDateTime.of(YEAR, 3, 9, 9, 0));
        node1.bean(FollowupTestData.class).decidedPlan(YEAR);
        ProcessInstance running = startReview(node1, "REL-BACKUP", date(LocalDateTime.of(YEAR, 4, 10, 16, 0)));
        String writeTask = node1.bean(TaskService.class).createTaskQuery().processInstanceId(running.getId()).singleResult().getId();
        // the application is stopped for the backup (pg_dump's snapshot is consistent while it runs, too)
        node1.close();
        node2.close();
        node1 = null;
        node2 = null;

        String[] tables = {"plan_document", "namndmal", "indicator", "kontrollmoment", "kontrolltillfalle", "notification",
                "act_ru_execution", "act_ru_task", "act_ru_job", "act_hi_procinst", "act_re_procdef", "act_id_user"};
        long[] before = new long[tables.length];
        for (int i = 0; i < tables.length; i++) before[i] = db.count("SELECT COUNT(*) FROM " + tables[i]);

        Path dump = Path.of("target", "reliability", db.name() + ".dump").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        Files.deleteIfExists(dump);
        run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(db));
        TestDatabase restore = TestDatabase.freshPostgres("restore");
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restore), dump.toString());

        for (int i = 0; i < tables.length; i++) {
            assertThat(restore.count("SELECT COUNT(*) FROM " + tables[i])).as(tables[i]).isEqualTo(before[i]).isPositive();
        }
        try (AppNode restored = AppNode.start("reliab_restored", restore)) {
            RuntimeService runtime = restored.bean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult().getBusinessKey())
                    .isEqualTo("REL-BACKUP");
            assertThat(restored.bean(IdentityService.class).checkPassword("anna", "demo1234")).isTrue();
            assertThat(restored.bean(JdbcTemplate.class).queryForObject(
                    "SELECT status FROM plan_document WHERE plan_year = ? AND revision = 1", String.class, YEAR)).isEqualTo("BESLUTAD");
            // the restored process goes on
            TaskService tasks = restored.bean(TaskService.class);
            tasks.claim(writeTask, "anna");
            completeAs(restored, writeTask, "anna", Map.of("readyForReview", true, "submissionNote", "Klart för granskning"));
            assertThat(tasks.createTaskQuery().processInstanceId(running.getId()).singleResult().getTaskDefinitionKey())
                    .isEqualTo("Task_ReviewSection");
        }
    }

    private static void completeAs(AppNode node, String taskId, String userId, Map<String, Object> variables) {
        IdentityService identity = node.bean(IdentityService.class);
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        identity.setAuthentication(userId, groups);
        try {
            node.bean(TaskService.class).complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** jdbc:postgresql://host:port/db → postgresql://user@host:port/db for pg_dump and pg_restore (password via PGPASSWORD). */
    private static String libpq(TestDatabase db) {
        String hostAndDb = db.url().substring("jdbc:postgresql://".length()).replaceAll("\\?.*", "");
        return "postgresql://" + db.user() + "@" + hostAndDb;
    }

    private void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!db.password().isEmpty()) builder.environment().put("PGPASSWORD", db.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
    }
}
