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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * README command 1 ({@code ./posflow run}): starts a KRaft broker and the five services, each in its own
 * JVM with H2 files in {@code data/} and the {@code simulation} profile, waits until all are healthy,
 * prints their URLs and supervises them until Ctrl-C, which stops everything. Data survives a restart.
 */
public final class LocalStack {

    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(180);
    /** A restart competes with the load the chaos run keeps on the machine: it may take longer than a start. */
    private static final Duration RESTART_DEADLINE = Duration.ofSeconds(360);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackLayout layout;
    private final boolean jarCopies;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());

    LocalStack(StackLayout layout) {
        this(layout, false);
    }

    /**
     * With {@code jarCopies}, the services run from copies of their jars taken at start into the data
     * directory: a build during a long run (another engineer's, or the IDE's) then cannot swap a jar under
     * a running service or one about to be restarted — a restart runs the very same code.
     */
    LocalStack(StackLayout layout, boolean jarCopies) {
        this.layout = layout;
        this.jarCopies = jarCopies;
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "run" -> new LocalStack(StackLayout.discover()).runUntilInterrupted();
            case "demo" -> new LocalStack(StackLayout.discover()).demo();
            // Its own stack on its own fresh data directory: never a developer's data/.
            case "chaos" -> System.exit(Chaos.run(Arrays.copyOfRange(args, 1, args.length)));
            // Drives the stack a ./posflow run started (another terminal): never starts one of its own.
            case "load" -> System.exit(Load.run(Arrays.copyOfRange(args, 1, args.length)));
            default -> {
                System.err.println("usage: ./posflow run | ./posflow demo | ./posflow chaos [options]"
                        + " | ./posflow load [options]");
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
        try (Supervisor supervisor = new Supervisor(System.out, Supervisor.Backoff.DEFAULT)) {
            superviseAll(supervisor);
            System.out.println("\nposflow is running. A child that dies is restarted; Ctrl-C stops everything; data"
                    + " stays in " + layout.data());
            stopped.await();
        }
    }

    /**
     * Hands every child to {@code supervisor}; a service's place is its port and its H2 file, the broker's
     * its port and its log directory's lock.
     */
    void superviseAll(Supervisor supervisor) {
        supervisor.supervise(child("kafka"), new Supervisor.Occupancy(StackLayout.BROKER_PORT,
                Optional.of(layout.kafkaLogDirs().resolve(".lock"))));
        for (StackLayout.Service service : StackLayout.SERVICES) {
            supervisor.supervise(child(service.name()), new Supervisor.Occupancy(service.port(),
                    Optional.of(layout.data().resolve(service.name() + ".mv.db"))));
        }
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

    static boolean isHealthy(StackLayout.Service service) {
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
                    "-jar", jar(service).toString(),
                    "--spring.profiles.active=simulation",
                    "--posflow.data-dir=" + layout.data(),
                    "--spring.kafka.bootstrap-servers=" + StackLayout.BOOTSTRAP),
                    layout.root(), layout.logs().resolve(service.name() + ".log")));
        }
        for (StackLayout.Service service : StackLayout.SERVICES) {
            awaitHealthy(service, HEALTH_DEADLINE);
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

    /** {@code kill -9} of the child called {@code name} ({@code kafka} or a service); returns its pid. */
    long kill(String name) throws IOException, InterruptedException {
        ChildProcess child = child(name);
        long pid = child.pid();
        child.kill();
        return pid;
    }

    /**
     * Starts the killed child {@code name} again with its own command line and returns once it is ready
     * (the broker answers) or healthy (a service); returns the new pid.
     */
    long restart(String name) throws IOException, InterruptedException {
        ChildProcess child = child(name);
        child.restart();
        awaitReady(name);
        return child.pid();
    }

    long pid(String name) {
        return child(name).pid();
    }

    /** Returns once the child {@code name} is ready again: the broker answers, a service is healthy. */
    void awaitReady(String name) throws InterruptedException {
        if (name.equals("kafka")) {
            KafkaBroker.awaitReady(child(name), StackLayout.BOOTSTRAP, RESTART_DEADLINE);
        } else {
            awaitHealthy(StackLayout.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(),
                    RESTART_DEADLINE);
        }
    }

    /** Returns once every service answers healthy (e.g. again after the broker came back). */
    void awaitAllHealthy() throws InterruptedException {
        for (StackLayout.Service service : StackLayout.SERVICES) {
            awaitHealthy(service, RESTART_DEADLINE);
        }
    }

    private ChildProcess child(String name) {
        synchronized (children) {
            return children.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No child process " + name));
        }
    }

    private Path jar(StackLayout.Service service) throws IOException, InterruptedException {
        if (!jarCopies) {
            return layout.jar(service);
        }
        Path copy = layout.data().resolve("jars").resolve(service.jarName());
        Files.createDirectories(copy.getParent());
        for (int attempt = 1; ; attempt++) {
            Files.copy(layout.jar(service), copy, StandardCopyOption.REPLACE_EXISTING);
            try (ZipFile readable = new ZipFile(copy.toFile())) {
                return copy;
            } catch (ZipException beingWritten) {
                if (attempt == 5) {
                    throw new IllegalStateException(layout.jar(service) + " is not a readable jar", beingWritten);
                }
                Thread.sleep(5_000); // a build is writing it right now
            }
        }
    }

    private void checkJars() {
        for (StackLayout.Service service : StackLayout.SERVICES) {
            if (!Files.exists(layout.jar(service))) {
                throw new IllegalStateException(layout.jar(service) + " is missing: build with ./mvnw -B package -DskipTests");
            }
        }
    }

    private void awaitHealthy(StackLayout.Service service, Duration within) throws InterruptedException {
        ChildProcess process = child(service.name());
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited during start-up; see " + process.log());
            }
            if (isHealthy(service)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not healthy within " + within.toSeconds()
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
