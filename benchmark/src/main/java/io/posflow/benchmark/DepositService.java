package io.posflow.benchmark;

import io.posflow.localstack.ChildProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * deposit-service as a child JVM (-Xmx1g) on a free port, with a fresh data directory (H2 file) or an
 * embedded PostgreSQL database, and a throw-away PII sealing key generated for the run. It runs with the
 * {@code simulation} profile, whose only effect here is the simulated SMS gateway (and a clock at offset 0).
 */
final class DepositService implements AutoCloseable {

    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(180);

    private final ChildProcess process;
    private final OpsClient ops;

    private DepositService(ChildProcess process, OpsClient ops) {
        this.process = process;
        this.ops = ops;
    }

    /** {@code postgresJdbcUrl} null: H2 in {@code dataDir}. Returns once the service is healthy. */
    static DepositService start(Path jar, String bootstrap, Path dataDir, String postgresJdbcUrl, Path log,
                                List<String> extraArguments) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = freePort();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--posflow.data-dir=" + dataDir,
                "--posflow.pii.current-key-id=bench",
                "--posflow.pii.keys[bench]=" + Base64.getEncoder().encodeToString(key)));
        // The simulation profile only for its SmsSender: outside it the service needs a real SMS gateway.
        if (postgresJdbcUrl == null) {
            command.add("--spring.profiles.active=simulation");
        } else {
            command.addAll(List.of("--spring.profiles.active=simulation,postgres",
                    "--spring.datasource.url=" + postgresJdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"));
        }
        command.addAll(extraArguments);
        ChildProcess process = ChildProcess.start("deposit", command, dataDir, log);
        DepositService service = new DepositService(process, new OpsClient(port));
        try {
            service.awaitHealthy();
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
        return service;
    }

    OpsClient ops() {
        return ops;
    }

    Path log() {
        return process.log();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + HEALTH_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("deposit-service exited during start-up; see " + process.log());
            }
            if (ops.healthy()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("deposit-service was not healthy within " + HEALTH_DEADLINE.toSeconds()
                + " s; see " + process.log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.stop();
    }
}
