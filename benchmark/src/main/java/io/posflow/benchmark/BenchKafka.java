package io.posflow.benchmark;

import io.posflow.contracts.CloudEventHeaders;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.Owners;
import io.posflow.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The broker-side helpers: topics, a fast idempotent producer, records with CloudEvents headers. */
final class BenchKafka {

    static final String SETTLEMENTS = Topics.SETTLEMENT_TRANSACTIONS.name();
    static final String DEPOSITS = Topics.DEPOSIT_DEPOSITS.name();
    static final int SETTLEMENT_PARTITIONS = 12;

    private final String bootstrap;
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final byte[] source = bytes(CloudEventHeaders.sourceOf(Owners.SETTLEMENT));

    BenchKafka(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    String bootstrap() {
        return bootstrap;
    }

    IntegrationEventCodec codec() {
        return codec;
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** settlement.transactions.v1 and its DLT with 12 partitions, deposit.deposits.v1 with 6, and the other inputs. */
    void createTopics() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(
                    new NewTopic(SETTLEMENTS, SETTLEMENT_PARTITIONS, (short) 1),
                    new NewTopic(SETTLEMENTS + ".dlt", SETTLEMENT_PARTITIONS, (short) 1),
                    new NewTopic(DEPOSITS, Topics.DEPOSIT_DEPOSITS.partitions(), (short) 1)
                            .configs(Map.of("retention.ms", "-1")),
                    // deposit-service's other inputs, empty here, so its listeners find them.
                    new NewTopic(Topics.ONBOARDING_MERCHANTS.name(), Topics.ONBOARDING_MERCHANTS.partitions(), (short) 1),
                    new NewTopic(Topics.TERMINAL_TERMINALS.name(), Topics.TERMINAL_TERMINALS.partitions(), (short) 1),
                    new NewTopic(Topics.SETTLEMENT_PAYOUTS.name(), Topics.SETTLEMENT_PAYOUTS.partitions(), (short) 1)))
                    .all().get();
        }
    }

    Map<TopicPartition, Long> endOffsets(String topic, int partitions) throws ExecutionException,
            InterruptedException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    /** Idempotent, acks=all, batched for throughput ({@code lingerMs} 0 for the latency run). */
    KafkaProducer<String, byte[]> producer(int lingerMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    Map<String, Object> consumerConfig(String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** A settlement-service record: the codec's JSON and the CloudEvents binary-mode headers. */
    ProducerRecord<String, byte[]> record(IntegrationEvent event, String ceId, Instant ceTime) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(ceId));
        headers.add(CloudEventHeaders.TYPE, bytes(EventCatalogue.of(event).ceType()));
        headers.add(CloudEventHeaders.SOURCE, source);
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE));
        headers.add(CloudEventHeaders.TIME, bytes(ceTime.toString()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(event.key()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.CONTENT_TYPE_VALUE));
        return new ProducerRecord<>(SETTLEMENTS, null, event.key(), codec.write(event), headers);
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String text(org.apache.kafka.common.header.Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
