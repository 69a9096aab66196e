package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.CloudEventHeaders;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.TransactionSettled;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsFoldTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final AtomicLong processed = new AtomicLong();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> settlements;
    private TestOutputTopic<String, byte[]> refunds;

    @BeforeEach
    void startTheTopology() {
        start(StreamsFold.topology(codec, processed));
    }

    private void start(Topology topology) {
        if (driver != null) {
            driver.close();
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "streams-fold-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, config);
        settlements = driver.createInputTopic(BenchKafka.SETTLEMENTS, Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        refunds = driver.createOutputTopic(StreamsFold.REFUNDS_TOPIC, Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stopTheTopology() {
        driver.close();
    }

    @Test
    void D5_aSettlementReDeliveredUnderANewOffsetCountsOnce() {
        Workload workload = new Workload(1, 1, 0);
        DepositCollected deposit = workload.deposits().get(0);
        TransactionSettled sale = sale(workload, "TX1", 12_345);

        pipe(deposit);
        pipe(sale);
        pipe(sale);

        assertThat(volumes()).containsEntry(deposit.serialNumber(), 12_345L);
        assertThat(processed).hasValue(3);
    }

    @Test
    void D3_reachingTheTargetEmitsOneDepositRefundTriggeredAndFreezesTheVolume() {
        Workload workload = new Workload(1, 1, 0);
        DepositCollected deposit = workload.deposits().get(0);

        pipe(deposit);
        pipe(sale(workload, "TX1", DepositRules.TARGET_FEN - 1));
        pipe(sale(workload, "TX2", 2));
        pipe(sale(workload, "TX3", 1_000));

        List<KeyValue<String, byte[]>> emitted = refunds.readKeyValuesToList();
        assertThat(emitted).hasSize(1);
        DepositRefundTriggered triggered = (DepositRefundTriggered) codec.read(
                EventCatalogue.byClass(DepositRefundTriggered.class).ceType(), emitted.get(0).value);
        assertThat(triggered.qualifyingVolumeFen()).isEqualTo(DepositRules.TARGET_FEN + 1);
        assertThat(triggered.windowStart()).isEqualTo(deposit.capturedAt());
        assertThat(volumes()).containsEntry(deposit.serialNumber(), DepositRules.TARGET_FEN + 1);
    }

    @Test
    void theFoldAgreesWithTheGeneratorsExpectedVolumesOnEveryTerminal() {
        // In-memory stores: with RocksDB the driver's commit after every record flushes it (~15 ms a record).
        start(StreamsFold.topology(codec, processed, Stores::inMemoryKeyValueStore));
        Workload workload = new Workload(42, 30, 4_000);
        workload.deposits().forEach(this::pipe);

        Map<String, TerminalVolume> expected = workload.settlements(s -> pipe(s.event(), s.ceId()));

        Map<String, Long> expectedVolumes = new HashMap<>();
        expected.forEach((serial, v) -> expectedVolumes.put(serial, v.volumeFen()));
        assertThat(volumes()).isEqualTo(expectedVolumes);
        assertThat(refunds.getQueueSize()).isEqualTo(expected.values().stream().filter(TerminalVolume::triggered).count());
    }

    private TransactionSettled sale(Workload workload, String transactionId, long amountFen) {
        return workload.settled(new Random(1), 0, transactionId, false, amountFen,
                workload.depositCapturedAt(0).plusSeconds(3_600), null);
    }

    private void pipe(IntegrationEvent event) {
        pipe(event, UUID.randomUUID().toString());
    }

    private void pipe(IntegrationEvent event, String ceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, BenchKafka.bytes(ceId));
        headers.add(CloudEventHeaders.TYPE, BenchKafka.bytes(EventCatalogue.of(event).ceType()));
        settlements.pipeInput(new TestRecord<>(event.key(), codec.write(event), headers, Instant.EPOCH));
    }

    private Map<String, Long> volumes() {
        KeyValueStore<String, StreamsFold.Deposit> store = driver.getKeyValueStore(StreamsFold.DEPOSITS_STORE);
        Map<String, Long> volumes = new HashMap<>();
        try (KeyValueIterator<String, StreamsFold.Deposit> all = store.all()) {
            all.forEachRemaining(kv -> volumes.put(kv.key, kv.value.volume().volumeFen()));
        }
        return volumes;
    }
}
