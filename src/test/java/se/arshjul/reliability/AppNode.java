package se.arshjul.reliability;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.arshjul.Application;

/**
 * One running instance of the whole application (its own Spring context, web server on a free port)
 * on a database of its own, with Camunda's job executor ON — unlike the shared test contexts, which
 * run jobs by hand. Several nodes may run at once on the same database, like a cluster.
 *
 * <p>The engine gets a name of its own so that closing a node does not unregister the shared test
 * contexts' engine ("default") from Camunda's static registry, and the Camunda webapps are off.
 */
final class AppNode implements AutoCloseable {
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AppNode start(String engineName, TestDatabase db) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--camunda.bpm.job-execution.enabled=true",
                // idle acquisition polls often, so jobs made due by moving the engine clock are found quickly
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=500",
                // Cockpit, Tasklist and Admin keep JVM-wide state that a closing node would clear for the
                // shared test contexts (their runtime delegates are static); nodes do not need them
                "--camunda.bpm.webapp.enabled=false");
        return new AppNode(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Waits until the job executor has run every job that is due by the engine clock (polling, with
     * a timeout): none is left executable, and none failed.
     */
    void awaitDueJobsDone() {
        ManagementService management = bean(ManagementService.class);
        await(() -> management.createJobQuery().executable().count() == 0);
        long failed = management.createJobQuery().withException().count();
        if (failed > 0) {
            throw new AssertionError(failed + " job(s) failed: " + management.createJobQuery().withException().list().get(0).getExceptionMessage());
        }
    }

    static void await(Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    @Override
    public void close() {
        context.close();
    }
}
