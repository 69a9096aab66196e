package io.posflow.platform.messaging.deadletter;

import io.posflow.contracts.CloudEventHeaders;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.platform.problem.ProblemException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lists the records in this service's DLTs and redrives one to its original topic (architecture §4: ops can
 * list and redrive DLT messages). The DLT stays append-only; a redrive is remembered in the database.
 */
public class DeadLetterService {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final RedrivenDeadLetterRepository redriven;
    private final Set<String> deadLetterTopics;
    private final Clock clock;

    public DeadLetterService(ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka,
                             RedrivenDeadLetterRepository redriven, Set<String> deadLetterTopics, Clock clock) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.redriven = redriven;
        this.deadLetterTopics = Set.copyOf(deadLetterTopics);
        this.clock = clock;
    }

    public Set<String> topics() {
        return deadLetterTopics;
    }

    /** Every record of the given DLT (or of all of this service's DLTs when topic is null), oldest first. */
    public List<DeadLetter> list(String topic, int limit) {
        Collection<String> topics = topic == null ? deadLetterTopics : List.of(known(topic));
        List<DeadLetter> result = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("posflow-dlt-browser", "dlt-browser")) {
            for (String t : topics) {
                for (ConsumerRecord<String, byte[]> record : readAll(consumer, t)) {
                    if (result.size() >= limit) {
                        return result;
                    }
                    result.add(view(record));
                }
            }
        }
        return result;
    }

    /** Republishes one DLT record to its original topic with its original key and CloudEvents headers. */
    public DeadLetter redrive(String topic, int partition, long offset) {
        String position = RedrivenDeadLetter.position(known(topic), partition, offset);
        if (redriven.existsById(position)) {
            throw new ProblemException(HttpStatus.CONFLICT, "ALREADY_REDRIVEN", position + " was already redriven.");
        }
        ConsumerRecord<String, byte[]> record = readOne(topic, partition, offset);
        String originalTopic = header(record, DeadLetterHeaders.ORIGINAL_TOPIC);
        if (originalTopic == null) {
            originalTopic = topic.substring(0, topic.length() - ".dlt".length());
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith(DeadLetterHeaders.PREFIX_SPRING) && !h.key().startsWith(DeadLetterHeaders.PREFIX_POSFLOW)) {
                headers.add(h);
            }
        }
        try {
            kafka.send(new ProducerRecord<>(originalTopic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while redriving " + position, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Redrive of " + position + " was not acknowledged", e);
        }
        redriven.save(new RedrivenDeadLetter(position, clock.instant()));
        return view(record);
    }

    /** Records per DLT (end offset minus start offset), for the DLT-growth alert. */
    public Map<String, Long> depths() {
        Map<String, Long> depths = new java.util.TreeMap<>();
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("posflow-dlt-browser", "dlt-depth")) {
            for (String t : deadLetterTopics) {
                List<TopicPartition> partitions = partitions(consumer, t);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                depths.put(t, partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
            }
        }
        return depths;
    }

    private String known(String topic) {
        if (!deadLetterTopics.contains(topic)) {
            throw new NotFoundException("NOT_FOUND", "This service has no dead-letter topic " + topic + ".");
        }
        return topic;
    }

    private List<ConsumerRecord<String, byte[]>> readAll(Consumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(10);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
            ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
            polled.forEach(r -> {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    records.add(r);
                }
            });
        }
        records.sort(java.util.Comparator.comparingLong(ConsumerRecord::timestamp));
        return records;
    }

    private ConsumerRecord<String, byte[]> readOne(String topic, int partition, long offset) {
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("posflow-dlt-browser", "dlt-redrive")) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset >= end) {
                throw new NotFoundException("NOT_FOUND", "No record at " + topic + "-" + partition + "@" + offset + ".");
            }
            consumer.seek(tp, offset);
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        return r;
                    }
                }
            }
            throw new NotFoundException("NOT_FOUND", "No record at " + topic + "-" + partition + "@" + offset + ".");
        }
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private DeadLetter view(ConsumerRecord<String, byte[]> r) {
        return new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(),
                header(r, DeadLetterHeaders.ORIGINAL_TOPIC), header(r, DeadLetterHeaders.ORIGIN),
                header(r, DeadLetterHeaders.REASON_CODE), header(r, DeadLetterHeaders.REASON),
                instant(header(r, DeadLetterHeaders.FAILED_AT)), header(r, CloudEventHeaders.ID),
                header(r, CloudEventHeaders.TYPE), r.value() == null ? 0 : r.value().length,
                redriven.existsById(RedrivenDeadLetter.position(r.topic(), r.partition(), r.offset())));
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header header = r.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
