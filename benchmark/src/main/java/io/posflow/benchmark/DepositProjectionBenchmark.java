package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.localstack.ChildProcess;
import io.posflow.localstack.KafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code ./posflow bench}: on a fresh single KRaft broker in a temporary directory, pre-produces the
 * workload, then measures (a) a bare consumer, (c) the Kafka Streams peer, (b) deposit-service's projection
 * on embedded PostgreSQL and on H2, and the trigger latency at a steady rate on the H2 service. Prints a
 * table; exits 1 when a contender's volumes disagree with the expected ones. Nothing is asserted: the
 * targets are printed next to the figures.
 */
public final class DepositProjectionBenchmark {

    private final Options options;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<String>> mismatches = new LinkedHashMap<>();
    private final Map<String, Throughput> results = new LinkedHashMap<>();
    private LatencyRun.Result latency;
    private boolean refused;

    private DepositProjectionBenchmark(Options options) {
        this.options = options;
    }

    /** Command-line options; every one has a default, so {@code ./posflow bench} runs the scale. */
    record Options(long events, int terminals, long seed, int rate, int latencySeconds, Set<String> skip,
                   Path depositJar, Duration projectionDeadline, Path logs, boolean countAfterTarget,
                   boolean allowNonDurable, Integer h2WriteDelayMs) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            boolean allowNonDurable = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--allow-non-durable")) {
                    allowNonDurable = true;
                    continue;
                }
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("usage: ./posflow bench [--events N] [--terminals N] "
                            + "[--seed N] [--rate N] [--latency-seconds N] [--skip a,c,b-pg,b-h2,latency] "
                            + "[--deposit-jar PATH] [--projection-timeout SECONDS] [--logs DIR] [--after-target freeze|count] "
                            + "[--h2-write-delay MS --allow-non-durable]");
                }
                given.put(args[i].substring(2), args[++i]);
            }
            Path root = Path.of("").toAbsolutePath();
            return new Options(Long.parseLong(given.getOrDefault("events", "1000000")),
                    Integer.parseInt(given.getOrDefault("terminals", "10000")),
                    Long.parseLong(given.getOrDefault("seed", "20261130")),
                    Integer.parseInt(given.getOrDefault("rate", "2000")),
                    Integer.parseInt(given.getOrDefault("latency-seconds", "30")),
                    Set.of(given.getOrDefault("skip", "").split(",")),
                    Path.of(given.getOrDefault("deposit-jar",
                            root.resolve("deposit-service/target/deposit-service-0.1.0-SNAPSHOT.jar").toString())),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("projection-timeout", "600"))),
                    Path.of(given.getOrDefault("logs", root.resolve("benchmark/target/bench-logs").toString())),
                    switch (given.getOrDefault("after-target", "count")) {
                        case "freeze" -> false;
                        case "count" -> true;
                        default -> throw new IllegalArgumentException("--after-target freeze|count");
                    },
                    allowNonDurable,
                    given.containsKey("h2-write-delay") ? Integer.valueOf(given.get("h2-write-delay")) : null);
        }

        /** The volume a terminal should show: counted on after the trigger (deposit-service, ADR 12; the default) or frozen at it. */
        long volume(TerminalVolume v) {
            return countAfterTarget ? v.countedOnFen() : v.volumeFen();
        }

        long otherRuleVolume(TerminalVolume v) {
            return countAfterTarget ? v.volumeFen() : v.countedOnFen();
        }

        boolean runs(String phase) {
            return !skip.contains(phase);
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(new DepositProjectionBenchmark(Options.parse(args)).run());
    }

    private int run() throws Exception {
        Path tmp = Files.createTempDirectory("posflow-bench-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int port = freePort();
        System.out.printf("posflow deposit projection benchmark: %,d TransactionSettled, %,d terminals, seed %d%n",
                options.events(), options.terminals(), options.seed());
        System.out.printf("Working directory %s (deleted at the end); deposit-service logs in %s%n", tmp,
                options.logs());
        Files.createDirectories(options.logs());
        System.out.printf("Durability: producers acks=all on one broker (replication factor 1, log flushed by the OS: "
                + "survives a killed broker, not a lost machine); each contender's database is printed below and "
                + "a non-durable one is refused%s%n", options.allowNonDurable() ? " — NOT this run (--allow-non-durable)" : "");
        ChildProcess broker = KafkaBroker.start(tmp.resolve("broker"), port, freePort(), java,
                System.getProperty("java.class.path"));
        Thread cleanup = new Thread(() -> {
            broker.stop();
            delete(tmp);
        }, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            BenchKafka kafka = new BenchKafka("127.0.0.1:" + port);
            kafka.createTopics();
            Workload workload = new Workload(options.seed(), options.terminals(), options.events());
            Map<TopicPartition, Long> depositsEnd = new LinkedHashMap<>();
            Map<String, TerminalVolume> expected = preload(kafka, workload, depositsEnd);
            Map<TopicPartition, Long> end = kafka.endOffsets(BenchKafka.SETTLEMENTS, BenchKafka.SETTLEMENT_PARTITIONS);
            List<String> serials = new ArrayList<>(expected.keySet());

            if (options.runs("a")) {
                phase("(a) bare consumer");
                record(BareConsumer.run(kafka, end));
            }
            if (options.runs("c")) {
                phase("(c) Kafka Streams");
                StreamsRun.Result streams = StreamsRun.run(kafka, end, tmp.resolve("streams"),
                        options.projectionDeadline());
                record(streams.throughput());
                Map<String, Long> folded = new HashMap<>();
                streams.volumes().forEach((serial, v) -> folded.put(serial, options.volume(v)));
                compare("(c)", expected, folded);
            }
            if (options.runs("b-pg")) {
                phase("(b) deposit-service on embedded PostgreSQL");
                try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setDataDirectory(tmp.resolve("postgres")).setCleanDataDirectory(true).start()) {
                    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
                    projection("(b-PG) deposit-service, PostgreSQL", kafka, end, depositsEnd, serials, expected,
                            tmp.resolve("pg"), url, false, workload);
                }
            }
            if (options.runs("b-h2")) {
                phase("(b) deposit-service on H2");
                projection("(b-H2) deposit-service, H2", kafka, end, depositsEnd, serials, expected,
                        tmp.resolve("h2"), null, options.runs("latency"), workload);
            }
            return report();
        } finally {
            cleanup.run();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private Map<String, TerminalVolume> preload(BenchKafka kafka, Workload workload,
                                                Map<TopicPartition, Long> depositsEnd) throws Exception {
        phase("pre-producing");
        long started = System.nanoTime();
        Map<String, TerminalVolume> expected;
        long[] produced = {0};
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = kafka.producer(20)) {
            for (DepositCollected deposit : workload.deposits()) {
                producer.send(kafka.record(deposit, "dep-" + deposit.serialNumber(), deposit.capturedAt()));
            }
            producer.flush();
            depositsEnd.putAll(kafka.endOffsets(BenchKafka.SETTLEMENTS, BenchKafka.SETTLEMENT_PARTITIONS));
            expected = workload.settlements(s -> {
                producer.send(kafka.record(s.event(), s.ceId(), s.ceTime()), (m, e) -> {
                    if (e != null) {
                        failed.compareAndSet(null, e);
                    }
                });
                produced[0]++;
            });
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("Pre-producing failed", failed.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long triggered = expected.values().stream().filter(TerminalVolume::triggered).count();
        System.out.printf("  produced %,d DepositCollected + %,d TransactionSettled in %.1f s (%,.0f records/s, "
                        + "generation and codec serialisation included)%n", workload.terminals(), produced[0], seconds,
                (workload.terminals() + produced[0]) / seconds);
        System.out.printf("  expected: %,d of %,d terminals reach the target (%.1f %%)%n", triggered,
                workload.terminals(), 100.0 * triggered / workload.terminals());
        return expected;
    }

    /**
     * Issue 12: figures count only when measured with durable commits. Prints what the service's database
     * reported and answers whether this run may report figures from it.
     */
    private boolean durable(String name, DepositService service) throws IOException {
        com.fasterxml.jackson.databind.JsonNode durability = service.ops().durability();
        System.out.printf("  durability of %s: %s %s, survives %s%n", name, durability.path("database").asText("?"),
                durability.path("settings"), durability.path("survives").asText("UNKNOWN"));
        if (durability.path("durable").asBoolean(false)) {
            return true;
        }
        if (options.allowNonDurable()) {
            notes.add(name + ": measured with NON-DURABLE commits (" + durability.path("settings")
                    + ", --allow-non-durable): a crash can lose what these figures count");
            return true;
        }
        notes.add(name + ": REFUSED — the database does not make commits durable (" + durability
                + "); pass --allow-non-durable to measure it anyway");
        refused = true;
        return false;
    }

    private void projection(String name, BenchKafka kafka, Map<TopicPartition, Long> end,
                            Map<TopicPartition, Long> depositsEnd, List<String> serials,
                            Map<String, TerminalVolume> expected, Path dataDir, String postgresUrl,
                            boolean thenLatency, Workload workload) throws Exception {
        if (!Files.exists(options.depositJar())) {
            notes.add(name + ": skipped, " + options.depositJar() + " is missing (build deposit-service)");
            return;
        }
        try (Admin admin = kafka.admin()) {
            // A fresh service starts from its own database, not from the previous run's group offsets.
            admin.deleteConsumerGroups(List.of(ProjectionRun.CONSUMER_GROUP)).all().get();
        } catch (Exception noGroupYet) {
            // nothing to forget
        }
        Path log = options.logs().resolve(dataDir.getFileName() + "-deposit-service.log");
        Files.deleteIfExists(log);
        List<String> extra = new ArrayList<>();
        if (postgresUrl == null && options.h2WriteDelayMs() != null) {
            extra.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/deposit;DB_CLOSE_ON_EXIT=FALSE;"
                    + "WRITE_DELAY=" + options.h2WriteDelayMs());
        }
        if (options.allowNonDurable()) {
            extra.add("--posflow.platform.persistence.allow-non-durable=true");
        }
        try (DepositService service = DepositService.start(options.depositJar(), kafka.bootstrap(), dataDir,
                postgresUrl, log, extra)) {
            if (!durable(name, service)) {
                return;
            }
            ProjectionRun.Result result;
            try {
                result = ProjectionRun.measure(name, service, kafka, end, depositsEnd, serials,
                        options.projectionDeadline());
            } catch (java.util.concurrent.TimeoutException e) {
                notes.add(e.getMessage() + "; log " + service.log());
                return;
            }
            record(result.throughput());
            if (result.settlements() != null) {
                record(result.settlements());
            }
            notes.add(name + ": progress from " + result.progressSource() + ", volumes from " + result.volumeSource());
            compare(name.substring(0, name.indexOf(')') + 1), expected, settled(name, service, expected,
                    result.volumes()));
            if (thenLatency) {
                phase("latency at " + options.rate() + " events/s for " + options.latencySeconds() + " s");
                if (result.throughput().perSecond() < options.rate()) {
                    notes.add(String.format("latency: the service folded %,.0f records/s, below the %,d/s offered: "
                            + "the latency measures a growing backlog", result.throughput().perSecond(), options.rate()));
                }
                latency = LatencyRun.run(kafka, workload, expected, options.rate(), options.latencySeconds(),
                        options.seed());
            }
        }
    }

    /**
     * The per-deposit view behind {@code GET /api/v1/deposits/{sn}} is updated asynchronously after the
     * offsets are committed: a terminal that differs is read again, every 500 ms for up to 15 s, and how
     * long the view took is noted. A difference that stays is reported.
     */
    private Map<String, Long> settled(String name, DepositService service, Map<String, TerminalVolume> expected,
                                      Map<String, Long> volumes) throws InterruptedException {
        Map<String, Long> read = new HashMap<>(volumes);
        long started = System.nanoTime();
        List<String> differ = differing(expected, read);
        int first = differ.size();
        for (int attempt = 0; attempt < 30 && !differ.isEmpty(); attempt++) {
            Thread.sleep(500);
            read.putAll(service.ops().volumesOneByOne(differ));
            differ = differing(expected, read);
        }
        if (first > 0) {
            notes.add(String.format("%s: %d terminals differed at the first read; %d still differ after %.1f s",
                    name, first, differ.size(), (System.nanoTime() - started) / 1e9));
        }
        return read;
    }

    private List<String> differing(Map<String, TerminalVolume> expected, Map<String, Long> actual) {
        return expected.entrySet().stream()
                .filter(e -> !Long.valueOf(options.volume(e.getValue())).equals(actual.get(e.getKey()))
                        && !Long.valueOf(options.otherRuleVolume(e.getValue())).equals(actual.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    private void record(Throughput throughput) {
        String key = throughput.name().substring(0, throughput.name().indexOf(')') + 1);
        results.put(key, throughput);
        System.out.printf("  %s: %,d records in %.1f s = %,.0f records/s (%s)%n", throughput.name(),
                throughput.records(), throughput.seconds(), throughput.perSecond(), throughput.note());
    }

    private void compare(String who, Map<String, TerminalVolume> expected, Map<String, Long> actual) {
        List<String> differ = new ArrayList<>();
        boolean otherRuleExplainsAll = true;
        for (Map.Entry<String, TerminalVolume> e : expected.entrySet()) {
            Long got = actual.get(e.getKey());
            if (got == null || got != options.volume(e.getValue())) {
                differ.add(e.getKey() + " expected " + options.volume(e.getValue()) + " got " + got);
                otherRuleExplainsAll &= got != null && got == options.otherRuleVolume(e.getValue());
            }
        }
        mismatches.put(who, differ);
        System.out.printf("  %s volumes: %s%n", who, differ.isEmpty() ? "all " + expected.size() + " agree"
                : differ.size() + " terminals differ");
        if (!differ.isEmpty() && otherRuleExplainsAll) {
            notes.add(String.format("%s: all %d differences are what %s gives (--after-target %s)", who,
                    differ.size(), options.countAfterTarget() ? "freezing the volume at the trigger"
                            : "counting on after the target", options.countAfterTarget() ? "freeze" : "count"));
        }
    }

    private int report() {
        System.out.println();
        System.out.println("=== Deposit projection benchmark ===");
        System.out.printf("%-40s %12s %10s %14s%n", "contender", "records", "seconds", "records/s");
        results.values().forEach(t -> System.out.printf("%-40s %,12d %10.1f %,14.0f%n", t.name(), t.records(),
                t.seconds(), t.perSecond()));
        System.out.println();
        ratio("(b-H2)/(a)", "(b-H2)", "(a)", ">= 0.25");
        ratio("(b-H2)/(c)", "(b-H2)", "(c)", "> 1");
        ratio("(b-PG)/(a)", "(b-PG)", "(a)", "");
        ratio("(b-H2, settlements only)/(a)", "(b-H2, settlements only)", "(a)", "");
        ratio("(b-H2, settlements only)/(c)", "(b-H2, settlements only)", "(c)", "");
        Throughput h2 = results.get("(b-H2)");
        System.out.printf("%-40s %s%n", "(b-H2) target >= 50,000 events/s",
                h2 == null ? "not measured" : String.format("%,.0f", h2.perSecond()));
        if (latency != null) {
            System.out.printf("%-40s p50 %.1f ms, p99 %.1f ms (%d of %d triggers seen, %d events sent; target p99 < 100 ms)%n",
                    "latency settled -> refund triggered", latency.percentileMillis(50), latency.percentileMillis(99),
                    latency.latenciesMicros().length, latency.crossings(), latency.sent());
        } else {
            System.out.printf("%-40s not measured%n", "latency settled -> refund triggered");
        }
        System.out.println();
        boolean disagree = false;
        for (Map.Entry<String, List<String>> m : mismatches.entrySet()) {
            System.out.printf("agreement %-8s %s%n", m.getKey(), m.getValue().isEmpty() ? "OK: every terminal's volume as expected"
                    : m.getValue().size() + " terminals differ, e.g. " + m.getValue().subList(0, Math.min(10, m.getValue().size())));
            disagree |= !m.getValue().isEmpty();
        }
        notes.forEach(n -> System.out.println("note: " + n));
        if (refused) {
            System.out.println("REFUSED: a contender ran on a database that acknowledges commits before they are durable;"
                    + " its figures are not reported (--allow-non-durable to measure it anyway)");
            return 2;
        }
        return disagree ? 1 : 0;
    }

    private void ratio(String label, String top, String bottom, String target) {
        Throughput a = results.get(top);
        Throughput b = results.get(bottom);
        System.out.printf("%-40s %s%s%n", label, a == null || b == null ? "not measured"
                : String.format("%.2f", a.perSecond() / b.perSecond()), target.isEmpty() ? "" : " (target " + target + ")");
    }

    private static void phase(String name) {
        System.out.printf("%n-- %s%n", name);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
