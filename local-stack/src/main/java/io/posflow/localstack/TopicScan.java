package io.posflow.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A topic read whole, from its first offset to the end it has when the scan starts, as an auditor reads it
 * — unlike {@link EventTap}, which follows from the end. What {@code ./posflow chaos} finds "on the topic" is
 * what a scan finds after the run, kills and restarts included.
 */
final class TopicScan {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private TopicScan() {
    }

    /** Every record of {@code topic} up to its current end, in partition order. */
    static List<EventTap.Event> records(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, DEADLINE);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("No topic " + topic);
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, DEADLINE);
            List<EventTap.Event> events = new ArrayList<>();
            Instant deadline = Instant.now().plus(DEADLINE);
            while (partitions.stream().anyMatch(p -> consumer.position(p, DEADLINE) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Reading " + topic + " to its end took over " + DEADLINE);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        events.add(event(r));
                    }
                }
            }
            return events;
        }
    }

    /**
     * How many records of {@code topic} the consumer groups that read it have not committed yet, summed over
     * the groups that committed any offset on it: zero once every consumer has taken everything published.
     */
    static long consumerLag(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Map<TopicPartition, Long> end = new HashMap<>();
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(30, TimeUnit.SECONDS).forEach((p, info) -> end.put(p, info.offset()));
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                if (committed.keySet().stream().noneMatch(p -> p.topic().equals(topic))) {
                    continue;
                }
                for (TopicPartition p : partitions) {
                    OffsetAndMetadata at = committed.get(p);
                    lag += end.get(p) - (at == null ? 0 : at.offset());
                }
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Reading the consumer groups of " + topic + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A consumer of no group that reads what it is assigned and commits nothing: an auditor's reader. */
    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A record as its headers and value read, in UTF-8. */
    static EventTap.Event event(ConsumerRecord<String, byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new EventTap.Event(r.topic(), r.partition(), r.key(), headers,
                r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
    }
}
