package io.posflow.deposit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.KillAtRandom;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.ServiceProcess;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static io.posflow.deposit.DepositTestMessages.depositCollected;
import static io.posflow.deposit.DepositTestMessages.transactionSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issues 12 and 13: a settlement the broker acknowledged to settlement's publisher is counted towards its
 * terminal's deposit exactly once, though deposit-service is killed with {@code kill -9} in the middle of its
 * busiest work — the volume projection folding a backlog of settlements (ADR 0012). deposit-service runs as
 * its own JVM on H2 files; a steady stream of TransactionSettled (sales, some refunds, exact re-sends of
 * earlier records as the real publisher may make) goes onto settlement.transactions.v1, each send waiting for
 * the broker's ack (acks=all), with a burst before every kill so that the kill lands while the projection
 * has acknowledged settlements in flight and is folding them. After the restarts every terminal's counted
 * volume (read over REST) is exactly the sum of its acknowledged settlements (D2, D5), each acknowledged
 * settlement has exactly one dedup record in the projection's database, and every terminal that reached the
 * 100,000-yuan target has exactly one DepositRefundTriggered (D3), those short of it none.
 */
class DepositKillIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String SETTLEMENT = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final String DEPOSITS = Topics.DEPOSIT_DEPOSITS.name();
    private static final String REFUND_TRIGGERED = EventCatalogue.byClass(
            io.posflow.contracts.deposit.DepositRefundTriggered.class).ceType();
    private static final String SETTLED = EventCatalogue.byClass(
            io.posflow.contracts.settlement.TransactionSettled.class).ceType();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final IntegrationEventCodec WIRE = new IntegrationEventCodec();

    /** Terminals with a deposit; the first {@link #BUSY_SHOPS} sell enough to reach the target (D2, D3). */
    private static final int TERMINALS = 30;
    private static final int BUSY_SHOPS = 4;
    /** The ESIGN policy's target (application.yml, D2): 100,000 yuan. */
    private static final long TARGET_FEN = 10_000_000;
    /** Settlements sent in one go before each kill: the backlog the projection is folding when it is killed. */
    private static final int BURST = 2_000;
    /** A kill counts as "in the middle of the fold" with at least this many acknowledged settlements unfolded. */
    private static final int IN_FLIGHT = 250;
    private static final int MIN_SETTLEMENTS = 3_000;
    private static final Duration TRICKLE_PAUSE = Duration.ofMillis(20);

    /** Kept under target/ so that a failed run's service log and database can be read. */
    private final Path data = Path.of("target", "kill-it", "deposit-" + System.currentTimeMillis());

    @Test
    void D5_everyAcknowledgedSettlementCountsOnceAndEachReachedTargetRefundsOnceThoughTheFoldIsKilledAtRandom()
            throws Exception {
        // settlement owns these; they must exist before deposit subscribes (deposit creates deposit.deposits.v1).
        for (var topic : List.of(Topics.SETTLEMENT_TRANSACTIONS, Topics.SETTLEMENT_PAYOUTS,
                Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS)) {
            RealKafka.ensureTopics(topic.partitions(), topic.name());
        }
        // The consumer group's member in a killed JVM never leaves: with Kafka's default 45 s session the
        // restarted service would wait that long for its partitions at every restart. A shorter session keeps
        // the test within CI's time; it changes when the projection reads again, not what it does with a record.
        try (ServiceProcess deposit = ServiceProcess.ofThisModule("deposit", data,
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000");
             Settlements settlements = new Settlements()) {
            Instant started = Instant.now();
            deposit.start();
            List<String> serials = openDeposits(deposit, settlements);
            Set<String> busyShops = Set.copyOf(serials.subList(0, BUSY_SHOPS));
            settlements.terminals(serials, busyShops);

            KillAtRandom.Report report;
            List<String> killedDuring = new ArrayList<>();
            try (TopicRecorder published = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
                settlements.startTrickle();
                KillAtRandom chaos = new KillAtRandom(deposit, KillAtRandom.seed());
                Burst burst = new Burst(deposit, settlements);
                // Issue 13: each kill lands while the projection is folding — a burst of acknowledged settlements
                // has begun to be folded (its stored offsets moved past where the burst began) and hundreds of
                // acknowledged settlements are still unfolded, so it is committing polls back to back.
                report = chaos.run(KillAtRandom.kills(3), Duration.ofSeconds(2), Duration.ofSeconds(6), () -> {
                    String folding = burst.foldingNow();
                    if (folding == null) {
                        return false;
                    }
                    killedDuring.add(folding);
                    return true;
                });
                await().atMost(DEADLINE).failFast("deposit-service died", () -> !deposit.isAlive())
                        .until(() -> settlements.acknowledgedCount() >= MIN_SETTLEMENTS);
                settlements.stopTrickle();
                burst.awaitDone();
                // D3: the busy shops reach the target, whenever the run is too short for them to have done so.
                settlements.topUpToTarget();

                // The projection has folded everything on the topic (its offsets stored with its tables, D5).
                try {
                    await().atMost(DEADLINE).failFast("deposit-service died", () -> !deposit.isAlive())
                            .ignoreExceptions().until(() -> lag(deposit, settlements) == 0);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    // the volumes below say what is missing
                }
                Map<String, Expected> expected = settlements.expectedByTerminal();
                Set<String> reaching = expected.entrySet().stream().filter(e -> e.getValue().fen() >= TARGET_FEN)
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                Map<String, JsonNode> volumes = volumes(deposit);

                // D3: one DepositRefundTriggered per deposit that reached the target (distinct ce_id: the publisher
                // may re-send an event, never publish a second one), none for the others — and it stays so.
                try {
                    await().atMost(DEADLINE).until(() -> refundsTriggered(published).keySet().containsAll(reaching));
                    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                            .until(() -> refundsTriggered(published).equals(onePerSerial(published, reaching)));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    // reported below, terminal by terminal
                }
                Map<String, Set<String>> triggers = refundsTriggered(published);

                // D6: the restarted service answers normally: the volume its projection counted, the status the
                // Deposit has (the view is a tracking read model: it may trail the projection a moment).
                Map<String, JsonNode> views = new HashMap<>();
                try {
                    await().atMost(DEADLINE).ignoreExceptions().until(() -> {
                        for (String serial : serials) {
                            views.put(serial, depositView(deposit, serial));
                        }
                        return serials.stream().allMatch(s -> views.get(s) != null && views.get(s).path("status")
                                .asText().equals(reaching.contains(s) ? "REFUND_TRIGGERED" : "HELD"));
                    });
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    // reported below, terminal by terminal
                }
                List<String> wrongViews = new ArrayList<>();
                for (String serial : serials) {
                    JsonNode view = views.get(serial);
                    Expected e = expected.get(serial);
                    boolean reached = reaching.contains(serial);
                    String status = reached ? "REFUND_TRIGGERED" : "HELD";
                    long remaining = reached ? 0 : TARGET_FEN - e.fen();
                    if (view == null || !status.equals(view.path("status").asText())
                            || view.path("qualifyingVolumeFen").asLong() != e.fen()
                            || view.path("transactionCount").asLong() != e.count()
                            || view.path("remainingFen").asLong() != remaining) {
                        wrongViews.add(serial + " answered " + view + ", expected " + status + " with " + e.fen()
                                + " fen in " + e.count() + " settlements, " + remaining + " fen to go");
                    }
                }
                long parked = get(deposit, "/api/v1/ops/deposit-projection").path("parked").asLong();
                long countedByRest = serials.stream().mapToLong(s -> volumes.get(s).path("transactionCount").asLong())
                        .sum();

                // Item by item: the projection's dedup records (D5), read from its database once it has stopped.
                deposit.close();
                Database db = Database.read(data);
                Set<String> acknowledged = settlements.acknowledgedIds();
                List<String> lost = acknowledged.stream()
                        .filter(id -> !db.counted().contains(new Counted(id, settlements.serialOf(id))))
                        .sorted().toList();
                long foundOnce = acknowledged.size() - lost.size();
                // Counted twice: a terminal's count of counted settlements beyond its dedup records, or its volume
                // beyond their sum (the dedup key admits one record per settlement and deposit).
                List<String> twice = new ArrayList<>();
                for (String serial : serials) {
                    JsonNode v = volumes.get(serial);
                    Sum rows = db.sums().getOrDefault(serial, new Sum(0, 0));
                    if (v.path("transactionCount").asLong() != rows.count()
                            || v.path("qualifyingVolumeFen").asLong() != rows.fen()) {
                        twice.add(serial + ": counted " + v.path("transactionCount").asLong() + " for "
                                + v.path("qualifyingVolumeFen").asLong() + " fen, dedup records " + rows.count()
                                + " for " + rows.fen() + " fen");
                    }
                }
                List<String> unexpected = db.counted().stream()
                        .filter(c -> !acknowledged.contains(c.transactionId())).map(Counted::toString).toList();
                List<String> volumeMismatch = serials.stream()
                        .filter(s -> volumes.get(s).path("qualifyingVolumeFen").asLong() != expected.get(s).fen()
                                || volumes.get(s).path("transactionCount").asLong() != expected.get(s).count())
                        .map(s -> s + ": counted " + volumes.get(s).path("qualifyingVolumeFen").asLong() + " fen in "
                                + volumes.get(s).path("transactionCount").asLong() + ", acknowledged "
                                + expected.get(s).fen() + " fen in " + expected.get(s).count())
                        .toList();

                System.out.printf("DepositKillIT: %d settlements acknowledged by the broker (%d records sent, %d of "
                                + "them exact re-sends); %s; killed while folding: %s; counted %d (REST), found once "
                                + "%d, lost %d, counted twice %d; %d of %d deposits reached the target (%d of "
                                + "them by a last sale after the kills), refunds triggered %d; run took %d s%n",
                        acknowledged.size(), settlements.recordsSent(), settlements.resent(), report, killedDuring,
                        countedByRest, foundOnce, lost.size(), twice.size(), reaching.size(), TERMINALS,
                        settlements.toppedUp(), triggers.values().stream().mapToInt(Set::size).sum(),
                        Duration.between(started, Instant.now()).toSeconds());

                assertThat(lost).as("D5: acknowledged settlements not counted; deposit's log:\n" + deposit.tail())
                        .isEmpty();
                assertThat(twice).as("D5: settlements counted more than once").isEmpty();
                assertThat(unexpected).as("D5: counted settlements no one acknowledged").isEmpty();
                assertThat(volumeMismatch).as("D2, D5: each terminal's volume is the sum of its acknowledged "
                        + "settlements, refunds subtracted").isEmpty();
                assertThat(countedByRest).isEqualTo(acknowledged.size());
                assertThat(parked).as("settlements parked although their deposits are known").isZero();
                assertThat(wrongViews).as("D2, D3, D6: GET /api/v1/deposits/{sn} after the restarts").isEmpty();
                assertThat(reaching).as("D3: the busy shops reached the target").hasSize(BUSY_SHOPS);
                assertThat(triggers).as("D3: exactly one DepositRefundTriggered per deposit that reached the target")
                        .isEqualTo(onePerSerial(published, reaching));
                assertThat(db.storedRefundTriggers()).as("D3: one DepositRefundTriggered in the event store each")
                        .isEqualTo(reaching.stream().collect(Collectors.toMap(s -> s, s -> 1)));
                assertThat(report.kills()).isGreaterThanOrEqualTo(1);
                assertThat(deposit.starts()).isEqualTo(report.kills() + 1);
                assertThat(killedDuring).as("every kill landed while the projection was folding")
                        .hasSize(report.kills());
            }
        }
    }

    // --- the stream of settlements ------------------------------------------------------------------------

    /** What the acknowledged settlements of one terminal add up to (D2: refunds subtract). */
    private record Expected(long fen, long count) {
    }

    /** A TransactionSettled as settlement publishes it: re-sent, it is the same bytes under the same ce_id. */
    private record Settlement(String transactionId, String serial, long amountFen, String ceId, byte[] value) {

        ProducerRecord<String, byte[]> record() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(SETTLEMENT, serial, value);
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", SETTLED.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }

    /**
     * Settlement's publisher: sends each settlement until the broker acknowledges it (acks=all) and only then
     * counts it as acknowledged; re-sends some earlier ones unchanged. Everything on settlement.transactions.v1
     * is this test's, so the highest acknowledged offset of each partition is where the topic ends.
     */
    private static final class Settlements implements AutoCloseable {

        private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2),
                new StringSerializer(), new ByteArraySerializer());
        private final Map<String, Settlement> acknowledged = new ConcurrentHashMap<>();
        private final List<Settlement> history = new ArrayList<>();
        private final Map<Integer, Long> topicEnd = new ConcurrentHashMap<>();
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong resent = new AtomicLong();
        private final AtomicLong toppedUp = new AtomicLong();
        private final AtomicBoolean trickling = new AtomicBoolean();
        private final Instant capturedAt = Instant.now().minus(Duration.ofHours(1));
        private volatile List<String> serials = List.of();
        private volatile Set<String> busyShops = Set.of();
        private Thread trickle;

        void terminals(List<String> serials, Set<String> busyShops) {
            this.serials = List.copyOf(serials);
            this.busyShops = busyShops;
        }

        /**
         * A new settlement of a random terminal. Busy shops sell 500–1,500 yuan a time and cross the target
         * after some hundred sales; the others sell 1–50 yuan and refund now and then (D2: a REFUND settles
         * negative and subtracts), far short of it. Captured an hour ago: inside every window (D1).
         */
        Settlement next() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String serial = serials.get(random.nextInt(serials.size()));
            long amount;
            if (busyShops.contains(serial)) {
                amount = 50_000 + random.nextLong(100_001);
            } else if (random.nextInt(20) == 0) {
                amount = -(100 + random.nextLong(1_901));
            } else {
                amount = 100 + random.nextLong(4_901);
            }
            return settlement(serial, amount);
        }

        private Settlement settlement(String serial, long amountFen) {
            String id = (amountFen < 0 ? "refund-" : "sale-") + UUID.randomUUID();
            return new Settlement(id, serial, amountFen, UUID.randomUUID().toString(),
                    WIRE.write(transactionSettled(serial, id, amountFen, capturedAt)));
        }

        /** Sends until the broker acknowledges (a failed send is re-sent: at worst a duplicate, D5). */
        void sendAndWait(Settlement s) {
            for (int attempt = 1; ; attempt++) {
                try {
                    acknowledged(s, producer.send(s.record()).get(30, TimeUnit.SECONDS));
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (Exception e) {
                    if (attempt >= 5) {
                        throw new IllegalStateException("The test broker does not acknowledge " + s.transactionId(), e);
                    }
                }
            }
        }

        /** Sends {@code n} new settlements at once (some re-sent right away or later), waits for every ack. */
        void burst(int n) {
            List<Map.Entry<Settlement, Future<RecordMetadata>>> inFlight = new ArrayList<>();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < n; i++) {
                Settlement s = next();
                inFlight.add(Map.entry(s, producer.send(s.record())));
                sent.incrementAndGet();
                if (random.nextInt(25) == 0) {
                    // the publisher did not see its ack and sends the same record again at once
                    inFlight.add(Map.entry(s, producer.send(s.record())));
                    resent.incrementAndGet();
                }
                if (random.nextInt(25) == 0) {
                    resendEarlier();
                }
            }
            for (Map.Entry<Settlement, Future<RecordMetadata>> f : inFlight) {
                try {
                    acknowledged(f.getKey(), f.getValue().get(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (Exception e) {
                    sendAndWait(f.getKey());
                }
            }
        }

        /** A publisher that restarted re-sends a record it had sent before, unchanged (same ce_id). */
        private void resendEarlier() {
            Settlement earlier;
            synchronized (history) {
                if (history.isEmpty()) {
                    return;
                }
                earlier = history.get(ThreadLocalRandom.current().nextInt(history.size()));
            }
            resent.incrementAndGet();
            sendAndWait(earlier);
        }

        private void acknowledged(Settlement s, RecordMetadata metadata) {
            topicEnd.merge(metadata.partition(), metadata.offset() + 1, Math::max);
            if (acknowledged.putIfAbsent(s.transactionId(), s) == null) {
                synchronized (history) {
                    history.add(s);
                }
            }
        }

        void startTrickle() {
            trickling.set(true);
            trickle = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (trickling.get()) {
                    sendAndWait(next());
                    sent.incrementAndGet();
                    if (random.nextInt(20) == 0) {
                        resendEarlier();
                    }
                    pause(TRICKLE_PAUSE);
                }
            }, "settlement-trickle");
            trickle.setDaemon(true);
            trickle.start();
        }

        void stopTrickle() throws InterruptedException {
            trickling.set(false);
            trickle.join(30_000);
        }

        /** D3: a last sale of each busy shop still short of the target takes it there (and is re-sent once). */
        void topUpToTarget() {
            expectedByTerminal().forEach((serial, expected) -> {
                if (busyShops.contains(serial) && expected.fen() < TARGET_FEN) {
                    toppedUp.incrementAndGet();
                    Settlement last = settlement(serial, TARGET_FEN - expected.fen());
                    sendAndWait(last);
                    sent.incrementAndGet();
                    sendAndWait(last);
                    resent.incrementAndGet();
                }
            });
        }

        Map<String, Expected> expectedByTerminal() {
            Map<String, Expected> expected = new HashMap<>();
            serials.forEach(s -> expected.put(s, new Expected(0, 0)));
            acknowledged.values().forEach(s -> expected.merge(s.serial(), new Expected(s.amountFen(), 1),
                    (a, b) -> new Expected(a.fen() + b.fen(), a.count() + b.count())));
            return expected;
        }

        /** The next offset of each partition: everything acknowledged lies before it. */
        Map<Integer, Long> topicEnd() {
            return Map.copyOf(topicEnd);
        }

        void opened(RecordMetadata metadata) {
            topicEnd.merge(metadata.partition(), metadata.offset() + 1, Math::max);
        }

        KafkaProducer<String, byte[]> producer() {
            return producer;
        }

        int acknowledgedCount() {
            return acknowledged.size();
        }

        Set<String> acknowledgedIds() {
            return Set.copyOf(acknowledged.keySet());
        }

        String serialOf(String transactionId) {
            return acknowledged.get(transactionId).serial();
        }

        long recordsSent() {
            return sent.get() + resent.get();
        }

        long resent() {
            return resent.get();
        }

        long toppedUp() {
            return toppedUp.get();
        }

        @Override
        public void close() {
            trickling.set(false);
            producer.close(Duration.ofSeconds(10));
        }
    }

    /**
     * Before each kill: a burst of settlements in the background; the projection is folding when its stored
     * offsets have moved past where the topic ended as the burst began while at least {@link #IN_FLIGHT}
     * acknowledged settlements are still unfolded. Answers what the kill interrupted, or null while that is not
     * (yet) so.
     */
    private static final class Burst {

        private final ServiceProcess deposit;
        private final Settlements settlements;
        private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "settlement-burst");
            t.setDaemon(true);
            return t;
        });
        private Future<?> running;
        private long endWhenBegun;

        Burst(ServiceProcess deposit, Settlements settlements) {
            this.deposit = deposit;
            this.settlements = settlements;
        }

        String foldingNow() {
            if (running == null || running.isDone()) {
                endWhenBegun = total(settlements.topicEnd());
                running = sender.submit(() -> settlements.burst(BURST));
                return null;
            }
            Map<Integer, Long> folded;
            try {
                folded = folded(deposit);
            } catch (Exception starting) {
                return null;
            }
            long position = total(folded);
            long lag = lag(folded, settlements.topicEnd());
            if (position > endWhenBegun && lag >= IN_FLIGHT) {
                return "%d of the burst folded, %d acknowledged unfolded".formatted(position - endWhenBegun, lag);
            }
            return null;
        }

        void awaitDone() throws Exception {
            if (running != null) {
                running.get(60, TimeUnit.SECONDS);
            }
            sender.shutdown();
        }
    }

    // --- deposit-service ----------------------------------------------------------------------------------

    /** D1: a DepositCollected (ESIGN, swiped a day ago) for each terminal; waits until the projection knows them. */
    private static List<String> openDeposits(ServiceProcess deposit, Settlements settlements) throws Exception {
        List<String> serials = new ArrayList<>();
        Instant swipe = Instant.now().minus(Duration.ofDays(1));
        for (int i = 0; i < TERMINALS; i++) {
            String serial = DepositTestMessages.anySerialNumber();
            settlements.opened(send(settlements.producer(), depositCollected(serial, DeviceModel.ESIGN, swipe)));
            serials.add(serial);
        }
        await().atMost(DEADLINE).failFast("deposit-service died", () -> !deposit.isAlive()).ignoreExceptions()
                .until(() -> volumes(deposit).keySet().containsAll(serials));
        return serials;
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, IntegrationEvent event)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(SETTLEMENT, event.key(), WIRE.write(event));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", EventCatalogue.of(event).ceType().getBytes(StandardCharsets.UTF_8));
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    /** The next offset of each partition the projection committed with its tables (D5). */
    private static Map<Integer, Long> folded(ServiceProcess deposit) throws Exception {
        Map<Integer, Long> folded = new HashMap<>();
        get(deposit, "/api/v1/ops/deposit-projection").path("partitions")
                .forEach(p -> folded.put(p.path("partition").asInt(), p.path("nextOffset").asLong()));
        return folded;
    }

    /** Acknowledged records the projection has not folded yet. */
    private static long lag(ServiceProcess deposit, Settlements settlements) throws Exception {
        return lag(folded(deposit), settlements.topicEnd());
    }

    private static long lag(Map<Integer, Long> folded, Map<Integer, Long> topicEnd) {
        return topicEnd.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - folded.getOrDefault(e.getKey(), 0L))).sum();
    }

    private static long total(Map<Integer, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code GET /api/v1/ops/deposit-projection/volumes}, by serial. */
    private static Map<String, JsonNode> volumes(ServiceProcess deposit) throws Exception {
        Map<String, JsonNode> volumes = new HashMap<>();
        get(deposit, "/api/v1/ops/deposit-projection/volumes")
                .forEach(v -> volumes.put(v.path("serialNumber").asText(), v));
        return volumes;
    }

    private static JsonNode depositView(ServiceProcess deposit, String serial) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(deposit.baseUrl()
                        + "/api/v1/deposits/" + serial)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
    }

    private static JsonNode get(ServiceProcess deposit, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(deposit.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** DepositRefundTriggered on deposit.deposits.v1 by serial, with the distinct event ids (ce_id) it came under. */
    private static Map<String, Set<String>> refundsTriggered(TopicRecorder published) {
        Map<String, Set<String>> bySerial = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : published.records(r -> REFUND_TRIGGERED.equals(
                TopicRecorder.header(r, "ce_type")))) {
            bySerial.computeIfAbsent(r.key(), k -> new HashSet<>()).add(TopicRecorder.header(r, "ce_id"));
        }
        return bySerial;
    }

    /** What {@link #refundsTriggered} should be: one event for each of {@code reaching}, with the id it has. */
    private static Map<String, Set<String>> onePerSerial(TopicRecorder published, Set<String> reaching) {
        Map<String, Set<String>> seen = refundsTriggered(published);
        Map<String, Set<String>> one = new HashMap<>();
        for (String serial : reaching) {
            Set<String> ids = seen.getOrDefault(serial, Set.of());
            one.put(serial, ids.isEmpty() ? Set.of("(none published)") : Set.of(ids.iterator().next()));
        }
        return one;
    }

    // --- the projection's database, read once the service has stopped ---------------------------------------

    /** A dedup record: a settlement counted towards a deposit (D5). */
    private record Counted(String transactionId, String depositId) {
    }

    private record Sum(long fen, long count) {
    }

    /** The dedup records (D5) and the Deposit's stored DepositRefundTriggered, from the service's H2 files. */
    private record Database(Set<Counted> counted, Map<String, Sum> sums, Map<String, Integer> storedRefundTriggers) {

        static Database read(Path data) throws SQLException {
            String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("deposit") + ";IFEXISTS=TRUE";
            Set<Counted> counted = new HashSet<>();
            Map<String, Sum> sums = new HashMap<>();
            Map<String, Integer> triggers = new HashMap<>();
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT transaction_id, deposit_id, amount_fen FROM deposit_counted")) {
                    while (rs.next()) {
                        counted.add(new Counted(rs.getString(1), rs.getString(2)));
                        sums.merge(rs.getString(2), new Sum(rs.getLong(3), 1),
                                (a, b) -> new Sum(a.fen() + b.fen(), a.count() + b.count()));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT aggregate_identifier, COUNT(*) FROM domain_event_entry "
                        + "WHERE payload_type LIKE '%.DepositRefundTriggered' GROUP BY aggregate_identifier")) {
                    while (rs.next()) {
                        triggers.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return new Database(counted, sums, triggers);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
