package se.arshjul.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Task list under load (run with {@code ./mvnw -Pbench verify}): the application's group task
 * list against Camunda's own {@code GET /engine-rest/task} for the same groups and page, 20
 * concurrent sessions over loopback on a municipal-scale year. Prints figures; asserts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskListBenchmark {
    static final int CLIENTS = 20;
    static final int REQUESTS_PER_CLIENT = 50;
    static final int ROUNDS = 5;
    /** Paced run: each session waits this long after a page before asking for the next (a person reading it). */
    static final long THINK_MILLIS = 500;
    static final int PACED_PER_CLIENT = 30;

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void taskListUnderTwentyConcurrentUsers() throws Exception {
        MunicipalYearSeed.seed(identityService, runtimeService, jdbc);
        LoadClient load = new LoadClient("http://127.0.0.1:" + port);
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sessions.add(load.login(MunicipalYearSeed.USER, "demo1234"));
        }
        String appPath = "/uppgifter?vy=grupp";
        String restPath = "/engine-rest/task?candidateGroups=" + String.join(",", MunicipalYearSeed.USER_GROUPS)
                + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";

        load.run("warm-up", sessions, appPath, null, 10);
        load.run("warm-up", sessions, restPath, "admin:demo1234", 10);

        // A page with the same layout and menu counts but no task table: separates page cost from list cost.
        var layoutResult = load.run("Årshjulet /notiser (layout only)", sessions, "/notiser", null, REQUESTS_PER_CLIENT);
        // The list and the REST call alternate in short rounds (order swapped each round), so both meet the
        // same background load on a shared machine.
        var app = new LoadClient.Series("Årshjulet /uppgifter?vy=grupp");
        var rest = new LoadClient.Series("Camunda GET /engine-rest/task");
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                load.run(app, sessions, appPath, null, REQUESTS_PER_CLIENT / ROUNDS);
                load.run(rest, sessions, restPath, "admin:demo1234", REQUESTS_PER_CLIENT / ROUNDS);
            } else {
                load.run(rest, sessions, restPath, "admin:demo1234", REQUESTS_PER_CLIENT / ROUNDS);
                load.run(app, sessions, appPath, null, REQUESTS_PER_CLIENT / ROUNDS);
            }
        }
        var appResult = app.result();
        var restResult = rest.result();
        // The same 20 sessions as people use them: each reads the page for half a second before the next one.
        var appPaced = new LoadClient.Series("Årshjulet /uppgifter?vy=grupp");
        var restPaced = new LoadClient.Series("Camunda GET /engine-rest/task");
        load.run(appPaced, sessions, appPath, null, PACED_PER_CLIENT, THINK_MILLIS);
        load.run(restPaced, sessions, restPath, "admin:demo1234", PACED_PER_CLIENT, THINK_MILLIS);
        var appPacedResult = appPaced.result();
        var restPacedResult = restPaced.result();

        System.out.println();
        System.out.println("=== Task list benchmark: " + CLIENTS + " concurrent sessions, first page of 50, user in 3 unit groups ===");
        System.out.println("database: " + jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName()
                + ", open tasks " + MunicipalYearSeed.OPEN_TASKS + ", historic task instances " + MunicipalYearSeed.HISTORIC_TASKS
                + ", units " + MunicipalYearSeed.UNITS + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.out.println(layoutResult.line());
        System.out.println(appResult.line());
        System.out.println(restResult.line());
        System.out.printf("p95 ratio app / engine-rest: %.2f (target ≤ 1.5); app p95 target ≤ 150 ms; CPU ratio %.2f%n",
                (double) appResult.p95Micros() / restResult.p95Micros(), appResult.cpuMillisPerRequest() / restResult.cpuMillisPerRequest());
        System.out.println();
        System.out.println("--- the same " + CLIENTS + " sessions with " + THINK_MILLIS + " ms think time between a page and the next ---");
        System.out.println(appPacedResult.line());
        System.out.println(restPacedResult.line());
        System.out.printf("p95 ratio app / engine-rest: %.2f (target ≤ 1.5); app p95 target ≤ 150 ms%n",
                (double) appPacedResult.p95Micros() / restPacedResult.p95Micros());
        System.out.printf("load average (1 min) at the end: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println();
    }
}
