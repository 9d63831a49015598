package se.arshjul.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Start-up on H2 with demo data (run with {@code ./mvnw -Pbench verify}): the application's own main class in
 * a fresh JVM with {@code -Xmx512m} and the production classpath, timed from launch until it logs that it
 * accepts traffic (Spring Boot turns ready after every ApplicationReadyEvent listener, so after the demo data).
 * First start creates the demo data in an empty H2 file database; the restart finds it. Prints figures only.
 */
class StartupBenchmark {
    static final Duration LIMIT = Duration.ofSeconds(180);
    static final String READY = "ReadinessState changed to ACCEPTING_TRAFFIC";

    @Test
    void startupOnH2WithDemoData() throws Exception {
        Path dataDir = Files.createTempDirectory("arshjul-startup");
        Path log = Path.of("target", "bench-startup.log");
        System.out.println();
        System.out.println("=== Start-up on H2 with demo data, -Xmx512m (target ≤ 20 s) ===");
        for (String run : List.of("first start (creates demo data)", "restart (demo data present)")) {
            Result r = start(dataDir, log);
            System.out.printf("%-34s ready in %.1f s (CPU %.1f s on %d cores); %d ERROR lines in the log%n", run, r.seconds(),
                    r.cpuSeconds(), Runtime.getRuntime().availableProcessors(), r.errors());
        }
        System.out.printf("load average (1 min): %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
    }

    record Result(double seconds, double cpuSeconds, long errors) {}

    private Result start(Path dataDir, Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", productionClasspath(), "se.arshjul.Application",
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("arshjul") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.profiles.active=demo",
                // Spring Boot logs the readiness change after every ApplicationReadyEvent listener (the demo data)
                "--logging.level.org.springframework.boot.availability=DEBUG");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A hung start is stopped after the limit, which ends the output below.
        var watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.schedule(process::destroyForcibly, LIMIT.toSeconds(), TimeUnit.SECONDS);
        long errors = 0;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter copy = Files.newBufferedWriter(log)) {
            String line;
            while ((line = output.readLine()) != null) {
                copy.write(line);
                copy.newLine();
                if (line.contains(" ERROR ")) errors++;
                if (line.contains(READY)) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    double cpu = process.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
                    return new Result(seconds, cpu, errors);
                }
            }
            throw new IllegalStateException("the application stopped or was not ready within " + LIMIT + "; see " + log);
        } finally {
            watchdog.shutdownNow();
            process.destroy();
            process.waitFor();
        }
    }

    /** The test JVM's classpath without the test classes and resources: what the packaged jar contains. */
    private static String productionClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
