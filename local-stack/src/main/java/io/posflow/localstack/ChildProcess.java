package io.posflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A supervised child JVM whose output goes to a log file; stopping it is graceful first, forced second.
 * It keeps its command line so that {@code ./posflow chaos} can kill it with {@code kill -9} and start it
 * again exactly as it was started, as an operator (or systemd) would after a crash.
 */
public final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Path workingDir;
    private final Path log;
    /** The pids killed on purpose: their exit is expected, not reported. */
    private final Set<Long> killed = ConcurrentHashMap.newKeySet();
    private volatile Process process;
    private volatile boolean stopping;
    private volatile ExitListener onUnexpectedExit;
    private int starts;

    /** Told when the child exits without being killed on purpose or stopped: its exit code and how long it ran. */
    @FunctionalInterface
    interface ExitListener {
        void exited(int exitCode, Duration upFor);
    }

    private ChildProcess(String name, List<String> command, Path workingDir, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workingDir = workingDir;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Path workingDir, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ChildProcess child = new ChildProcess(name, command, workingDir, log);
        child.launch();
        return child;
    }

    private synchronized void launch() throws IOException {
        if (++starts > 1) {
            // One log per process across restarts: a marker says where each life begins.
            Files.writeString(log, "%n==== %s started again (start %d) at %s ====%n".formatted(name, starts,
                    Instant.now()), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        Process started = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        process = started;
        Instant began = Instant.now();
        started.onExit().thenAccept(p -> {
            // A process we killed on purpose, or one already replaced, is not news.
            if (stopping || p != process || killed.contains(p.pid())) {
                return;
            }
            ExitListener listener = onUnexpectedExit;
            if (listener != null) {
                listener.exited(p.exitValue(), Duration.between(began, Instant.now()));
            } else {
                System.err.printf("%n!! %s exited unexpectedly with code %d — see %s%n", name, p.exitValue(), log);
            }
        });
    }

    /** Who hears of an unexpected exit from now on ({@code null}: the console only). */
    void onUnexpectedExit(ExitListener listener) {
        onUnexpectedExit = listener;
    }

    synchronized int starts() {
        return starts;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * {@code kill -9}: no shutdown hook, no flush, no graceful close — what a crash or the OOM killer does
     * (a {@link Process#destroyForcibly()} would do the same on Linux, but the real command leaves no doubt).
     * Returns once the process is gone.
     */
    public synchronized void kill() throws IOException, InterruptedException {
        Process victim = process;
        if (!victim.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        killed.add(victim.pid());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(victim.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -9 " + victim.pid() + " (" + name + ") failed");
        }
        if (!victim.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived kill -9");
        }
    }

    /** Starts the process again with exactly the command line of its first start; it must be dead. */
    public synchronized void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        if (stopping) {
            throw new IllegalStateException(name + " is being stopped");
        }
        launch();
    }

    public synchronized void stop() {
        stopping = true;
        Process current = process;
        if (!current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(20, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
