package io.posflow.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft broker (broker + controller) from the kafka_2.13 jars on this module's classpath,
 * run as a child process (the local stack: on 127.0.0.1:9092). Its log directory lives in the data
 * directory, formatted once, so topics and offsets survive a restart. Public for the benchmark module,
 * which starts one on free ports in a temporary directory.
 */
public final class KafkaBroker {

    private KafkaBroker() {
    }

    static ChildProcess start(StackLayout layout, String javaCommand, String classpath) throws IOException,
            InterruptedException {
        return start(layout, StackLayout.BROKER_PORT, StackLayout.BROKER_PORT + 1, javaCommand, classpath);
    }

    /**
     * Starts a broker on 127.0.0.1:{@code port} (controller on {@code controllerPort}) with its log
     * directory, configuration and log file under {@code dataDir}; returns once it answers.
     */
    public static ChildProcess start(Path dataDir, int port, int controllerPort, String javaCommand,
                                     String classpath) throws IOException, InterruptedException {
        return start(new StackLayout(dataDir, dataDir), port, controllerPort, javaCommand, classpath);
    }

    private static ChildProcess start(StackLayout layout, int port, int controllerPort, String javaCommand,
                                      String classpath) throws IOException, InterruptedException {
        Path config = writeConfig(layout, port, controllerPort);
        if (!Files.exists(layout.kafkaLogDirs().resolve("meta.properties"))) {
            format(layout, javaCommand, classpath, config);
        }
        ChildProcess broker = ChildProcess.start("kafka", java(javaCommand, classpath, "-Xmx512m",
                "kafka.Kafka", config.toString()), layout.root(), layout.logs().resolve("kafka.log"));
        awaitReady(broker, "127.0.0.1:" + port, Duration.ofSeconds(60));
        return broker;
    }

    private static Path writeConfig(StackLayout layout, int port, int controllerPort) throws IOException {
        Files.createDirectories(layout.kafkaLogDirs());
        Files.createDirectories(layout.logs());
        Path config = layout.data().resolve("kafka-server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + layout.kafkaLogDirs(),
                // architecture §4: owners create their topics; the broker never does.
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        return config;
    }

    private static void format(StackLayout layout, String javaCommand, String classpath, Path config)
            throws IOException, InterruptedException {
        Process format = new ProcessBuilder(java(javaCommand, classpath, "-Xmx256m", "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve("kafka-format.log").toFile()))
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed; see "
                    + layout.logs().resolve("kafka-format.log"));
        }
    }

    private static List<String> java(String javaCommand, String classpath, String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(javaCommand, heap, "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath));
        command.addAll(List.of(args));
        return command;
    }

    /** Returns once the broker at {@code bootstrap} describes its cluster ({@code within} at most). */
    static void awaitReady(ChildProcess broker, String bootstrap, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited during start-up; see " + broker.log());
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The Kafka broker did not become ready in " + within.toSeconds() + " s; see "
                + broker.log());
    }
}
