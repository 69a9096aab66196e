package io.posflow.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.platform.fixture.OnTheSharedBroker;
import io.posflow.platform.fixture.PipelineTestApplication;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: the platform's topic projection folds each record exactly once — its state and its offsets commit in one
 * transaction, and a consumer that starts or takes over partitions reads from the stored offsets — and a record that
 * cannot be read or folded ends in {@code <topic>.dlt} with its reason, never blocking its partition.
 */
@SpringBootTest(classes = {PipelineTestApplication.class, TopicProjectionIT.Counting.class})
@DirtiesContext
class TopicProjectionIT extends OnTheSharedBroker {

    static final String TOPIC = "test.counted.v1";
    static final String NAME = "test-count";
    private static final int PARTITIONS = 3;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    TopicProjection<Read> projection;
    @Autowired
    TopicProjections projections;
    @Autowired
    CountingFold fold;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void topics() {
        // Another service owns the topic; the DLT is the reader's (posflow.platform.messaging.reads-on-its-own).
        RealKafka.ensureTopics(PARTITIONS, TOPIC, TOPIC + ".dlt");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void eachRecordIsFoldedOnceAcrossARestartAndAReassignmentOfItsPartitions() {
        String run = UUID.randomUUID() + "-";
        List<String> keys = new ArrayList<>();
        Map<TopicPartition, Long> last = new HashMap<>();

        sendCounts(run, 0, 300, keys, last);
        await().atMost(DEADLINE).until(() -> counted(run) > 0);
        projection.stop();
        sendCounts(run, 300, 600, keys, last);
        projection.start();

        // A second instance joins the group: the partitions are split between the two, and go back when it leaves.
        TopicProjection<Read> second = projections.builder(NAME, TOPIC).attempts(2, 2).build(fold);
        second.start();
        try {
            await().atMost(DEADLINE).until(() -> !second.assignment().isEmpty() && !projection.assignment().isEmpty());
            assertThat(second.assignment()).doesNotContainAnyElementsOf(projection.assignment());
            sendCounts(run, 600, 900, keys, last);
            await().atMost(DEADLINE).until(() -> counted(run) == 900);
        } finally {
            second.stop();
        }
        await().atMost(DEADLINE).until(() -> projection.assignment().size() == PARTITIONS);
        sendCounts(run, 900, 1_200, keys, last);

        await().atMost(DEADLINE).until(() -> counted(run) == 1_200);
        await().atMost(DEADLINE).until(() -> pastEvery(last));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM projection_test_count WHERE record_key LIKE ? "
                + "AND times <> 1", Integer.class, run + "%")).isZero();
        assertThat(jdbc.queryForList("SELECT record_key FROM projection_test_count WHERE record_key LIKE ?",
                String.class, run + "%")).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void aRecordThatCannotBeReadOrFoldedGoesToTheDltWithItsReasonAndTheRestOfItsPartitionIsFolded() {
        String run = UUID.randomUUID() + "-";
        double failuresBefore = failures();
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), TOPIC + ".dlt")) {
            send(1, run + "before", "count");
            send(1, run + "poison", CountingFold.POISON);
            send(1, run + "unreadable", CountingFold.UNREADABLE);
            send(1, run + "after", "count");

            await().atMost(DEADLINE).until(() -> counted(run) == 2);
            ConsumerRecord<String, byte[]> poison = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> (run + "poison").equals(r.key())), l -> !l.isEmpty()).get(0);
            ConsumerRecord<String, byte[]> unreadable = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> (run + "unreadable").equals(r.key())), l -> !l.isEmpty()).get(0);

            assertThat(poison.partition()).isEqualTo(1);
            assertThat(TopicRecorder.header(poison, DeadLetterHeaders.REASON_CODE)).isEqualTo("PROCESSING_FAILED");
            assertThat(TopicRecorder.header(poison, DeadLetterHeaders.ORIGIN)).startsWith(TOPIC + "-1@");
            assertThat(TopicRecorder.header(unreadable, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_A_COUNT");
            assertThat(TopicRecorder.header(unreadable, DeadLetterHeaders.REASON)).isEqualTo("not a count");
        }
        assertThat(jdbc.queryForList("SELECT record_key FROM projection_test_count WHERE record_key LIKE ?",
                String.class, run + "%")).containsExactlyInAnyOrder(run + "before", run + "after");
        assertThat(failures()).isGreaterThan(failuresBefore);
        assertThat(meters.get("posflow.test-count.projection.batch").timer().count()).isPositive();
    }

    private void sendCounts(String run, int from, int to, List<String> keys, Map<TopicPartition, Long> last) {
        for (int i = from; i < to; i++) {
            String key = run + i;
            keys.add(key);
            RecordMetadata sent = send(i % PARTITIONS, key, "count");
            last.merge(new TopicPartition(sent.topic(), sent.partition()), sent.offset(), Math::max);
        }
    }

    private static RecordMetadata send(int partition, String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(TOPIC, partition, key, value.getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private int counted(String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM projection_test_count WHERE record_key LIKE ?",
                Integer.class, run + "%");
    }

    /** The stored offsets moved past every record sent. */
    private boolean pastEvery(Map<TopicPartition, Long> last) {
        Map<TopicPartition, Long> stored = projection.storedOffsets();
        return last.entrySet().stream().allMatch(e -> stored.getOrDefault(e.getKey(), 0L) > e.getValue());
    }

    private double failures() {
        return meters.counter("posflow.test-count.projection.failures").count();
    }

    record Read(String key, String value) {
    }

    /** Counts each record's key: a record folded twice would count 2. "poison" fails to fold, always. */
    static final class CountingFold implements TopicFold<Read> {

        static final String POISON = "poison";
        static final String UNREADABLE = "unreadable";

        private final JdbcTemplate jdbc;

        CountingFold(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("CREATE TABLE IF NOT EXISTS projection_test_count (record_key VARCHAR(100) PRIMARY KEY, "
                    + "times INT NOT NULL)");
        }

        @Override
        public Read parse(ConsumerRecord<String, byte[]> record) {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            if (UNREADABLE.equals(value)) {
                throw new UnreadableMessageException("NOT_A_COUNT", "not a count");
            }
            return new Read(record.key(), value);
        }

        @Override
        public State<Read> open() {
            return items -> items.forEach(this::count);
        }

        private void count(Read read) {
            if (POISON.equals(read.value())) {
                throw new IllegalStateException("cannot fold " + read.key());
            }
            if (jdbc.update("UPDATE projection_test_count SET times = times + 1 WHERE record_key = ?", read.key()) == 0) {
                jdbc.update("INSERT INTO projection_test_count (record_key, times) VALUES (?, 1)", read.key());
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        CountingFold countingFold(JdbcTemplate jdbc) {
            return new CountingFold(jdbc);
        }

        @Bean
        TopicProjection<Read> countingProjection(TopicProjections projections, CountingFold fold) {
            return projections.builder(NAME, TOPIC).attempts(2, 2).build(fold);
        }
    }
}
