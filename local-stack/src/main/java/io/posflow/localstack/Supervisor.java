package io.posflow.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings back a child of {@code ./posflow run} that died on its own (issue 13), as a process supervisor
 * would: it reports the exit code and the log, waits a back-off that doubles while the child keeps dying
 * soon after each start (and starts from the beginning again once it stayed up), then starts it with its
 * own command line.
 *
 * <p>It stands down for a child that something else has already brought back — its port answers, or its
 * database (or the broker's log directory) is locked by another process — so an operator's or systemd's
 * restart never races it for the same files. A child killed on purpose ({@link ChildProcess#kill()}) or
 * stopped is not its business.
 */
final class Supervisor implements AutoCloseable {

    /** The back-off: {@code first} after a sudden death, doubled up to {@code max}; reset after {@code stable}. */
    record Backoff(Duration first, Duration max, Duration stable) {

        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(2));

        Duration after(Duration previous) {
            Duration doubled = previous.multipliedBy(2);
            return doubled.compareTo(max) > 0 ? max : doubled;
        }
    }

    /** What tells that a child's place is already taken by another process. */
    record Occupancy(int port, Optional<Path> lockedFile) {

        /** A reason to stand down, if another process holds the port or the lock. */
        Optional<String> takenBecause() {
            if (listening(port)) {
                return Optional.of("port " + port + " is taken by another process");
            }
            return lockedFile.filter(Occupancy::lockedByAnotherProcess)
                    .map(file -> file + " is locked by another process");
        }

        private static boolean listening(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException refused) {
                return false;
            }
        }

        /**
         * H2 locks its {@code .mv.db} file and Kafka its log directory's {@code .lock} with an OS file lock;
         * a lock we can take for an instant is not held (the instant is released at once).
         */
        static boolean lockedByAnotherProcess(Path file) {
            if (!Files.exists(file)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (OverlappingFileLockException ourOwn) {
                return false;
            } catch (IOException unreadable) {
                return false;
            }
        }
    }

    private final PrintStream console;
    private final Backoff backoff;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-stack-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Duration> nextDelay = new ConcurrentHashMap<>();
    private volatile boolean closed;

    Supervisor(PrintStream console, Backoff backoff) {
        this.console = console;
        this.backoff = backoff;
    }

    /** From now on, {@code child} is restarted whenever it exits unexpectedly, unless {@code occupancy} says otherwise. */
    void supervise(ChildProcess child, Occupancy occupancy) {
        child.onUnexpectedExit((exitCode, upFor) -> died(child, occupancy, exitCode, upFor));
    }

    private void died(ChildProcess child, Occupancy occupancy, int exitCode, Duration upFor) {
        if (closed) {
            return;
        }
        Duration delay = upFor.compareTo(backoff.stable()) >= 0
                ? backoff.first()
                : nextDelay.getOrDefault(child.name(), backoff.first());
        nextDelay.put(child.name(), backoff.after(delay));
        console.printf("%n!! %s exited with code %d after %s up — log: %s; restarting in %s%n", child.name(),
                exitCode, human(upFor), child.log(), human(delay));
        restarts.schedule(() -> restart(child, occupancy), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ChildProcess child, Occupancy occupancy) {
        if (closed) {
            return;
        }
        Optional<String> taken = occupancy.takenBecause();
        if (taken.isPresent()) {
            console.printf("!! %s is already back under another process (%s): standing down, no longer supervised%n",
                    child.name(), taken.get());
            child.onUnexpectedExit(null);
            return;
        }
        try {
            child.restart();
            console.printf("   %s started again (pid %d, start %d)%n", child.name(), child.pid(), child.starts());
        } catch (IOException | IllegalStateException e) {
            console.printf("!! %s could not be started again: %s%n", child.name(), e.getMessage());
        }
    }

    private static String human(Duration duration) {
        return duration.toMillis() < 1_000 ? duration.toMillis() + " ms"
                : duration.toMillis() < 120_000 ? "%.1f s".formatted(duration.toMillis() / 1000.0)
                : duration.toMinutes() + " min";
    }

    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
    }
}
