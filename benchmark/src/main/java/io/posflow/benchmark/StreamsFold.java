package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.CloudEventHeaders;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.TransactionType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * (c) The peer a team would pick instead: the same fold as a Kafka Streams topology (Processor API, run
 * with exactly_once_v2). Two persistent (RocksDB), cached, change-logged stores: each terminal's deposit
 * state, and the (serial, transactionId) pairs already counted (D5). DepositCollected opens the deposit
 * (D1), a first-seen SALE or REFUND inside the window adds to it (D2), the first volume at or above the
 * target freezes it and emits DepositRefundTriggered (D3) to {@link #REFUNDS_TOPIC}; what comes after is
 * kept apart ({@link TerminalVolume#afterTargetFen()}).
 */
final class StreamsFold {

    static final String DEPOSITS_STORE = "deposit-volumes";
    static final String SEEN_STORE = "counted-transactions";
    static final String REFUNDS_TOPIC = "bench.streams.deposit-refunds";
    private static final byte[] SEEN = {1};

    private StreamsFold() {
    }

    /** The topology; {@code processed} counts every record read, for the benchmark's progress check. */
    static Topology topology(IntegrationEventCodec codec, AtomicLong processed) {
        return topology(codec, processed, Stores::persistentKeyValueStore);
    }

    /** The same topology on other stores (the unit test's in-memory ones: RocksDB flushes on every test commit). */
    static Topology topology(IntegrationEventCodec codec, AtomicLong processed,
                             Function<String, KeyValueBytesStoreSupplier> stores) {
        Topology topology = new Topology();
        topology.addSource("settlements", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                BenchKafka.SETTLEMENTS);
        topology.addProcessor("fold", () -> new Fold(codec, processed), "settlements");
        topology.addStateStore(Stores.keyValueStoreBuilder(stores.apply(DEPOSITS_STORE),
                Serdes.String(), new DepositSerde()).withCachingEnabled(), "fold");
        topology.addStateStore(Stores.keyValueStoreBuilder(stores.apply(SEEN_STORE),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled(), "fold");
        topology.addSink("refunds", REFUNDS_TOPIC, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
                "fold");
        return topology;
    }

    /** A terminal's deposit as the Streams peer stores it. */
    record Deposit(String merchantNo, long depositFen, TerminalVolume volume) {
    }

    private static final class Fold implements Processor<String, byte[], String, byte[]> {

        private final IntegrationEventCodec codec;
        private final AtomicLong processed;
        private ProcessorContext<String, byte[]> context;
        private KeyValueStore<String, Deposit> deposits;
        private KeyValueStore<String, byte[]> seen;

        Fold(IntegrationEventCodec codec, AtomicLong processed) {
            this.codec = codec;
            this.processed = processed;
        }

        @Override
        public void init(ProcessorContext<String, byte[]> context) {
            this.context = context;
            this.deposits = context.getStateStore(DEPOSITS_STORE);
            this.seen = context.getStateStore(SEEN_STORE);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            IntegrationEvent event = codec.read(BenchKafka.text(record.headers(), CloudEventHeaders.TYPE),
                    record.value());
            if (event instanceof DepositCollected collected) {
                if (deposits.get(collected.serialNumber()) == null) {
                    deposits.put(collected.serialNumber(), new Deposit(collected.merchantNo(),
                            collected.depositFen(), TerminalVolume.opened(collected.capturedAt())));
                }
            } else if (event instanceof TransactionSettled settled) {
                count(settled, record.timestamp());
            }
            processed.incrementAndGet();
        }

        private void count(TransactionSettled settled, long timestamp) {
            if (settled.type() == TransactionType.VOID) {
                return;
            }
            Deposit deposit = deposits.get(settled.serialNumber());
            long capturedAt = settled.capturedAt().toEpochMilli();
            // A settlement before its deposit would be parked by deposit-service; this workload has none.
            if (deposit == null || !deposit.volume().inWindow(capturedAt)) {
                return;
            }
            String seenKey = settled.serialNumber() + '|' + settled.transactionId();
            if (seen.get(seenKey) != null) {
                return;
            }
            seen.put(seenKey, SEEN);
            TerminalVolume after = deposit.volume().add(settled.amountFen(), capturedAt);
            deposits.put(settled.serialNumber(), new Deposit(deposit.merchantNo(), deposit.depositFen(), after));
            if (after.triggered() && !deposit.volume().triggered()) {
                DepositRefundTriggered triggered = new DepositRefundTriggered(settled.serialNumber(),
                        deposit.merchantNo(), deposit.depositFen(), Instant.ofEpochMilli(after.windowStartMillis()),
                        Instant.ofEpochMilli(after.windowEndMillis()), after.volumeFen(), after.targetFen(),
                        Instant.ofEpochMilli(context.currentSystemTimeMs()));
                RecordHeaders headers = new RecordHeaders();
                headers.add(CloudEventHeaders.TYPE, BenchKafka.bytes(EventCatalogue.of(triggered).ceType()));
                context.forward(new Record<>(triggered.serialNumber(), codec.write(triggered), timestamp,
                        headers));
            }
        }
    }

    /** Fixed binary layout: six numbers, the trigger flag, the volume after the target, the merchant number. */
    static final class DepositSerde implements Serde<Deposit> {

        @Override
        public Serializer<Deposit> serializer() {
            return (topic, d) -> {
                if (d == null) {
                    return null;
                }
                byte[] merchant = d.merchantNo().getBytes(StandardCharsets.US_ASCII);
                TerminalVolume v = d.volume();
                return ByteBuffer.allocate(8 * 6 + 4 + 1 + merchant.length)
                        .putLong(d.depositFen()).putLong(v.windowStartMillis()).putLong(v.windowEndMillis())
                        .putLong(v.targetFen()).putLong(v.volumeFen()).putInt(v.transactionCount())
                        .put((byte) (v.triggered() ? 1 : 0)).putLong(v.afterTargetFen()).put(merchant).array();
            };
        }

        @Override
        public Deserializer<Deposit> deserializer() {
            return (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteBuffer b = ByteBuffer.wrap(bytes);
                long depositFen = b.getLong();
                TerminalVolume v = new TerminalVolume(b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getInt(),
                        b.get() == 1, b.getLong());
                byte[] merchant = new byte[b.remaining()];
                b.get(merchant);
                return new Deposit(new String(merchant, StandardCharsets.US_ASCII), depositFen, v);
            };
        }
    }
}
