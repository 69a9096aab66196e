package io.posflow.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service as production runs it: its own JVM started from the service's jar, H2 files in a data folder
 * that outlives the process, a fixed port. Tests kill it with {@code kill -9} ({@link #kill()}) and start it
 * again with the same command line ({@link #start()}), as issues 12 and 13 ask — the harness is shared by
 * every service's kill-at-random test.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private volatile Process process;
    private int starts;

    private ServiceProcess(String name, Path jar, Path dataDir, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.dataDir = dataDir;
        this.port = freePort();
        this.arguments = List.copyOf(arguments);
        this.log = dataDir.resolve("logs").resolve(name + ".log");
        // A test JVM that ends (or fails) never leaves its service running behind it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }, name + "-process-reaper"));
    }

    /**
     * The service of the module the test runs in: its repackaged jar in {@code target/} (failsafe runs after
     * {@code package}), the {@code simulation} profile, the shared test broker.
     */
    public static ServiceProcess ofThisModule(String name, Path dataDir, String... extraArguments) {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches(name + "-service-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + name + "-service jar in target/: run the "
                            + "integration tests through Maven (./mvnw verify), which packages it first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=simulation",
                "--spring.kafka.bootstrap-servers=" + RealKafka.bootstrapServers()));
        arguments.addAll(List.of(extraArguments));
        return new ServiceProcess(name, jar.toAbsolutePath(), dataDir.toAbsolutePath(), arguments);
    }

    /** Starts the JVM (again, after a kill) with the same command line and waits until it is healthy. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--posflow.data-dir=" + dataDir));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%n==== start %d at %s ====%n".formatted(++starts, Instant.now()),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        awaitHealthy(Duration.ofSeconds(180));
    }

    /** {@code kill -9}: no shutdown hook, no flush, no graceful close — what a crash or the OOM killer does. */
    public synchronized void kill() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        ProcessHandle handle = process.toHandle();
        try {
            new ProcessBuilder("kill", "-9", Long.toString(handle.pid())).start().waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived kill -9");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** How often the JVM was started: 1 + the restarts. */
    public synchronized int starts() {
        return starts;
    }

    /** A graceful stop (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + tail());
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not healthy within " + within.toSeconds() + " s:\n" + tail());
    }

    /** The last lines of the service's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
