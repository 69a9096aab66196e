package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.benchmark.StreamsFold.Deposit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs (c) on the broker: starts the Streams fold with exactly_once_v2 and two stream threads, and times
 * it from {@code start()} until its application id has committed the end offset of every partition (the
 * transactions holding the last updates are then committed). Returns the throughput and the volumes.
 */
final class StreamsRun {

    static final String APPLICATION_ID = "bench-deposit-fold";

    record Result(Throughput throughput, Map<String, TerminalVolume> volumes) {
    }

    private StreamsRun() {
    }

    static Result run(BenchKafka kafka, Map<TopicPartition, Long> end, Path stateDir, Duration deadline)
            throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(StreamsFold.REFUNDS_TOPIC, 6, (short) 1))).all().get();
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        AtomicLong processed = new AtomicLong();
        long total = end.values().stream().mapToLong(Long::longValue).sum();
        long started = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(StreamsFold.topology(kafka.codec(), processed), config)) {
            streams.start();
            awaitCommitted(kafka, end, processed, total, started, deadline);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, TerminalVolume> volumes = volumes(streams);
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
            return new Result(new Throughput("(c) Kafka Streams EOS v2 + RocksDB", processed.get(), seconds,
                    "records processed / time from start() to all offsets committed"), volumes);
        }
    }

    private static void awaitCommitted(BenchKafka kafka, Map<TopicPartition, Long> end, AtomicLong processed,
                                       long total, long started, Duration deadline) throws Exception {
        long limit = started + deadline.toNanos();
        try (Admin admin = kafka.admin()) {
            while (System.nanoTime() < limit) {
                if (processed.get() >= total) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin
                            .listConsumerGroupOffsets(APPLICATION_ID).partitionsToOffsetAndMetadata().get();
                    if (end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() >= e.getValue())) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new TimeoutException("Kafka Streams processed " + processed.get() + " of " + total + " records in "
                + deadline.toSeconds() + " s");
    }

    private static Map<String, TerminalVolume> volumes(KafkaStreams streams) {
        ReadOnlyKeyValueStore<String, Deposit> store = streams.store(StoreQueryParameters.fromNameAndType(
                StreamsFold.DEPOSITS_STORE, QueryableStoreTypes.keyValueStore()));
        Map<String, TerminalVolume> volumes = new HashMap<>();
        try (KeyValueIterator<String, Deposit> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, Deposit> next = all.next();
                volumes.put(next.key, next.value.volume());
            }
        }
        return volumes;
    }
}
