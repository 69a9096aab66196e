package io.posflow.localstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 13: {@code ./posflow run} brings back a child that died, and stands down when another process did. */
class SupervisorTest {

    private static final Supervisor.Backoff FAST = new Supervisor.Backoff(Duration.ofMillis(100),
            Duration.ofMillis(400), Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Supervisor supervisor = new Supervisor(new PrintStream(console, true, StandardCharsets.UTF_8), FAST);
    private final List<ChildProcess> children = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        supervisor.close();
        children.forEach(ChildProcess::stop);
    }

    @Test
    void aChildKilledByAnotherHandIsStartedAgainWithItsOwnCommandLineAndItsExitIsReported() throws Exception {
        ChildProcess child = child("sleeper", "echo alive; sleep 300");
        supervisor.supervise(child, free());
        long first = child.pid();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(child.log()).contains("alive"));

        killMinus9(first); // not ChildProcess.kill(): that is a kill on purpose, which the supervisor leaves alone

        await().atMost(Duration.ofSeconds(20)).until(() -> console().contains("sleeper started again"));
        assertThat(child.isAlive()).isTrue();
        assertThat(child.pid()).isNotEqualTo(first);
        assertThat(console()).contains("sleeper exited with code 137", "log: " + child.log(), "restarting in 100 ms",
                "sleeper started again (pid " + child.pid() + ", start 2)");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(child.log()).contains("start 2"));
        assertThat(Files.readString(child.log()).lines().filter("alive"::equals)).hasSize(2);
    }

    @Test
    void aChildThatKeepsDyingIsRestartedAfterABackOffThatDoublesUpToItsMaximum() throws Exception {
        ChildProcess child = child("crasher", "sleep 0.2; exit 3");
        supervisor.supervise(child, free());

        await().atMost(Duration.ofSeconds(30)).until(() -> child.starts() >= 5);

        assertThat(console()).contains("crasher exited with code 3");
        assertThat(delaysReported()).startsWith("100 ms", "200 ms", "400 ms", "400 ms");
    }

    @Test
    void theSupervisorStandsDownWhenAnotherProcessAlreadyListensOnTheChildsPort() throws Exception {
        try (ServerSocket someoneElse = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ChildProcess child = child("service", "sleep 0.2; exit 1");
            supervisor.supervise(child, new Supervisor.Occupancy(someoneElse.getLocalPort(), Optional.empty()));

            await().atMost(Duration.ofSeconds(20)).until(() -> console().contains("standing down"));

            assertThat(console()).contains("service is already back under another process (port "
                    + someoneElse.getLocalPort() + " is taken by another process)");
            assertThat(child.starts()).isEqualTo(1);
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void theSupervisorStandsDownWhenAnotherProcessHoldsTheChildsDatabaseLock() throws Exception {
        Path database = dir.resolve("service.mv.db");
        Files.writeString(database, "h2");
        // Another JVM takes the OS lock as H2 does (a POSIX lock: flock(1)'s BSD lock is a different one on Linux).
        Path holderSource = dir.resolve("HoldLock.java");
        Files.writeString(holderSource, """
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        var channel = java.nio.channels.FileChannel.open(java.nio.file.Path.of(args[0]),
                                java.nio.file.StandardOpenOption.WRITE);
                        channel.lock();
                        Thread.sleep(300_000);
                    }
                }
                """);
        child("holder", Path.of(System.getProperty("java.home"), "bin", "java") + " " + holderSource + " " + database);
        await().atMost(Duration.ofSeconds(30)).until(() -> Supervisor.Occupancy.lockedByAnotherProcess(database));
        ChildProcess child = child("service", "sleep 0.2; exit 1");
        supervisor.supervise(child, new Supervisor.Occupancy(freePort(), Optional.of(database)));

        await().atMost(Duration.ofSeconds(20)).until(() -> console().contains("standing down"));

        assertThat(console()).contains(database + " is locked by another process");
        assertThat(child.starts()).isEqualTo(1);
    }

    @Test
    void aChildKilledOnPurposeOrStoppedIsLeftAlone() throws Exception {
        ChildProcess killed = child("killed", "sleep 300");
        ChildProcess stopped = child("stopped", "sleep 300");
        supervisor.supervise(killed, free());
        supervisor.supervise(stopped, free());

        killed.kill();
        stopped.stop();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> killed.starts() == 1 && stopped.starts() == 1);
        assertThat(console()).doesNotContain("exited with code");
    }

    private ChildProcess child(String name, String script) throws IOException {
        ChildProcess child = ChildProcess.start(name, List.of("bash", "-c", script), dir, dir.resolve(name + ".log"));
        children.add(child);
        return child;
    }

    private Supervisor.Occupancy free() throws IOException {
        return new Supervisor.Occupancy(freePort(), Optional.empty());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void killMinus9(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private List<String> delaysReported() {
        return console().lines().filter(line -> line.contains("restarting in"))
                .map(line -> line.substring(line.indexOf("restarting in ") + "restarting in ".length()))
                .toList();
    }
}
