package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * README command 1 ({@code ./posflow run}): starts a KRaft broker and the five services, each in its own
 * JVM with H2 files in {@code data/} and the {@code simulation} profile, waits until all are healthy,
 * prints their URLs and supervises them until Ctrl-C, which stops everything. Data survives a restart.
 */
public final class LocalStack {

    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackLayout layout;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());

    LocalStack(StackLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        LocalStack stack = new LocalStack(StackLayout.discover());
        switch (command) {
            case "run" -> stack.runUntilInterrupted();
            case "demo" -> stack.demo();
            default -> {
                System.err.println("usage: ./posflow run | ./posflow demo");
                System.exit(2);
            }
        }
    }

    private void runUntilInterrupted() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            stopped.countDown();
        }, "local-stack-shutdown"));
        start();
        System.out.println("\nposflow is running. Ctrl-C stops everything; data stays in " + layout.data());
        stopped.await();
    }

    /** Runs the demo on the running stack, or starts one for it and stops it afterwards. */
    private void demo() throws Exception {
        boolean started = !isHealthy(StackLayout.SERVICES.get(0));
        if (started) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-stack-shutdown"));
            start();
        }
        try {
            Demo.run();
        } finally {
            if (started) {
                stopAll();
            }
        }
    }

    private static boolean isHealthy(StackLayout.Service service) {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create(service.baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the broker and the five services and returns once all are healthy. */
    void start() throws Exception {
        checkJars();
        Files.createDirectories(layout.logs());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Instant began = Instant.now();

        System.out.printf("Starting Kafka (KRaft) on %s …%n", StackLayout.BOOTSTRAP);
        children.add(KafkaBroker.start(layout, java, System.getProperty("java.class.path")));
        System.out.printf("  Kafka ready after %.1f s%n", seconds(began));

        for (StackLayout.Service service : StackLayout.SERVICES) {
            children.add(ChildProcess.start(service.name(), List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                    "-jar", layout.jar(service).toString(),
                    "--spring.profiles.active=simulation",
                    "--posflow.data-dir=" + layout.data(),
                    "--spring.kafka.bootstrap-servers=" + StackLayout.BOOTSTRAP),
                    layout.root(), layout.logs().resolve(service.name() + ".log")));
        }
        for (StackLayout.Service service : StackLayout.SERVICES) {
            awaitHealthy(service);
            System.out.printf("  %-10s healthy after %5.1f s%n", service.name(), seconds(began));
        }
        System.out.printf("%nAll five services healthy after %.1f s; heap in use %d MiB (max %d MiB)%n%n",
                seconds(began), heapUsedMiB(), heapMaxMiB());
        System.out.printf("%-11s %-32s %-45s %s%n", "service", "Swagger UI", "health", "metrics");
        for (StackLayout.Service s : StackLayout.SERVICES) {
            System.out.printf("%-11s %-32s %-45s %s%n", s.name(), s.baseUrl() + "/swagger-ui.html",
                    s.baseUrl() + "/actuator/health", s.baseUrl() + "/actuator/prometheus");
        }
        System.out.printf("Kafka: %s   logs: %s%n", StackLayout.BOOTSTRAP, layout.logs());
    }

    private void checkJars() {
        for (StackLayout.Service service : StackLayout.SERVICES) {
            if (!Files.exists(layout.jar(service))) {
                throw new IllegalStateException(layout.jar(service) + " is missing: build with ./mvnw -B package -DskipTests");
            }
        }
    }

    private void awaitHealthy(StackLayout.Service service) throws InterruptedException {
        ChildProcess process = children.stream().filter(c -> c.name().equals(service.name())).findFirst().orElseThrow();
        Instant deadline = Instant.now().plus(HEALTH_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited during start-up; see " + process.log());
            }
            if (isHealthy(service)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not healthy within " + HEALTH_DEADLINE.toSeconds()
                + " s; see " + process.log());
    }

    private static long heapUsedMiB() {
        return sumMetric("jvm.memory.used");
    }

    private static long heapMaxMiB() {
        return sumMetric("jvm.memory.max");
    }

    private static long sumMetric(String metric) {
        long bytes = 0;
        for (StackLayout.Service s : StackLayout.SERVICES) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                        s.baseUrl() + "/actuator/metrics/" + metric + "?tag=area:heap")).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(r.body());
                bytes += body.path("measurements").path(0).path("value").asLong();
            } catch (IOException e) {
                // metric unavailable: reported as part of the total only
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** Stops the services, then the broker; safe to call twice. */
    synchronized void stopAll() {
        if (children.isEmpty()) {
            return;
        }
        System.out.println("\nStopping posflow …");
        List<ChildProcess> reversed = new ArrayList<>(children);
        Collections.reverse(reversed);
        reversed.parallelStream().filter(c -> !c.name().equals("kafka")).forEach(ChildProcess::stop);
        reversed.stream().filter(c -> c.name().equals("kafka")).forEach(ChildProcess::stop);
        children.clear();
        System.out.println("Stopped.");
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
