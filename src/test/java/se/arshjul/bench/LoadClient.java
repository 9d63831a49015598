package se.arshjul.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP load generator over loopback: logged-in sessions, fixed request counts, latency percentiles. */
final class LoadClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Result(String label, int requests, int errors, double seconds, long p50Micros, long p95Micros, long maxMicros,
                  long serverCpuNanos) {
        double throughput() {
            return requests / seconds;
        }

        /** CPU time of the server's request threads per request: independent of what else runs on the machine. */
        double cpuMillisPerRequest() {
            return serverCpuNanos / 1e6 / requests;
        }

        String line() {
            return String.format("%-34s %6d req %4d err  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  %7.1f req/s  CPU %5.2f ms/req",
                    label, requests, errors, p50Micros / 1000.0, p95Micros / 1000.0, maxMicros / 1000.0, throughput(),
                    cpuMillisPerRequest());
        }
    }

    private final String base;

    LoadClient(String base) {
        this.base = base;
    }

    /** A client with its own cookie jar, logged in through the login form. */
    HttpClient login(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login page");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("fel")) throw new IllegalStateException("login failed for " + user);
        return client;
    }

    /** The requests of one label, possibly gathered over several rounds. */
    static final class Series {
        private final String label;
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private int errors;
        private double seconds;
        private long serverCpuNanos;

        Series(String label) {
            this.label = label;
        }

        Result result() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(label, sorted.size(), errors, seconds, percentile(sorted, 50), percentile(sorted, 95),
                    sorted.get(sorted.size() - 1), serverCpuNanos);
        }
    }

    /** Runs {@code perClient} GETs on each client concurrently and collects the latencies. */
    Result run(String label, List<HttpClient> clients, String path, String basicAuth, int perClient) throws Exception {
        Series series = new Series(label);
        run(series, clients, path, basicAuth, perClient);
        return series.result();
    }

    /** The same, adding to {@code series}; each client sends its next request as soon as the last one answered. */
    void run(Series series, List<HttpClient> clients, String path, String basicAuth, int perClient) throws Exception {
        run(series, clients, path, basicAuth, perClient, 0);
    }

    /**
     * The same with a think time: each client sends its next request {@code thinkMillis} after an answer, as a
     * person reading the page would (clients start staggered over one think time). Zero: back to back.
     */
    void run(Series series, List<HttpClient> clients, String path, String basicAuth, int perClient, long thinkMillis) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(clients.size());
        CountDownLatch finished = new CountDownLatch(clients.size());
        long cpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < clients.size(); c++) {
            HttpClient client = clients.get(c);
            AtomicInteger sent = new AtomicInteger();
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                series.latencies.add(send(client, path, basicAuth, errors));
                if (sent.incrementAndGet() < perClient) {
                    pool.schedule(next[0], thinkMillis, TimeUnit.MILLISECONDS);
                } else {
                    finished.countDown();
                }
            };
            pool.schedule(next[0], thinkMillis * c / clients.size(), TimeUnit.MILLISECONDS);
        }
        finished.await();
        series.seconds += (System.nanoTime() - start) / 1e9;
        series.serverCpuNanos += serverCpuNanos() - cpuBefore;
        series.errors += errors.get();
        pool.shutdown();
    }

    /** One GET; its latency in microseconds. A failure or another status than 200 counts as an error. */
    private long send(HttpClient client, String path, String basicAuth, AtomicInteger errors) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (basicAuth != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        long t0 = System.nanoTime();
        try {
            if (client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) errors.incrementAndGet();
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        return (System.nanoTime() - t0) / 1000;
    }

    /** CPU time so far of Tomcat's request threads (named "...-exec-N") in this JVM. */
    static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) sum += cpu;
            }
        }
        return sum;
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
