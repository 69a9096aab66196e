package io.posflow.platform.messaging;

import io.posflow.platform.fixture.OnTheSharedBroker;
import io.posflow.platform.fixture.Counter;
import io.posflow.platform.fixture.CounterTopics;
import io.posflow.platform.fixture.PipelineTestApplication;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.messaging.outbound.IntegrationEventPublisher;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = PipelineTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("simulation")
@DirtiesContext
class EventPipelineIT extends OnTheSharedBroker {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static KafkaProducer<String, byte[]> producer;


    @BeforeAll
    static void producer() {
        // The inbound topic belongs to "another service": it exists before this one starts consuming.
        RealKafka.broker().addTopics(new org.apache.kafka.clients.admin.NewTopic(CounterTopics.IN, 3, (short) 1));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void publishedEventsCarryCloudEventsHeadersWithTheDomainEventIdAndTheKey() {
        String counter = open();
        commands.sendAndWait(new Counter.AddToCounter(counter, 5, "x"));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), CounterTopics.OUT)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> counter.equals(r.key())), l -> l.size() == 1).get(0);
            String eventId = jdbc.queryForObject(
                    "select event_identifier from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
                    String.class, counter);
            assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.test.CounterIncreased.v1");
            assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/pipeline-test");
            assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(counter);
            assertThat(TopicRecorder.header(record, "ce_time")).isNotBlank();
            assertThat(TopicRecorder.header(record, "content-type")).isEqualTo("application/json");
            assertThat(TopicRecorder.value(record)).contains("\"amount\":5");
        }
    }

    @Test
    void aBrokerThatRefusesASendStopsThePublisherUntilItAcceptsAndNothingIsLostOrReordered() throws Exception {
        String counter = open();
        limitMessageSize(CounterTopics.OUT, "2000");
        try {
            commands.sendAndWait(new Counter.AddToCounter(counter, 1, "small"));
            commands.sendAndWait(new Counter.AddToCounter(counter, 2, "x".repeat(5_000)));
            commands.sendAndWait(new Counter.AddToCounter(counter, 3, "small"));

            TrackingEventProcessor publisher = processing
                    .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                    .orElseThrow();
            await().atMost(DEADLINE).until(() -> publisher.processingStatus().values().stream()
                    .anyMatch(EventTrackerStatus::isErrorState));
        } finally {
            limitMessageSize(CounterTopics.OUT, "1048588");
        }

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), CounterTopics.OUT)) {
            List<Long> amounts = await().atMost(Duration.ofSeconds(90)).until(
                    () -> firstDeliveries(out.records(r -> counter.equals(r.key()))), l -> l.size() == 3);
            assertThat(amounts).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void aDuplicateMessageIsAppliedOnce() {
        String ref = "dup-" + UUID.randomUUID();
        send(ref, "{\"declare\":\"" + ref + "\"}", null);
        String id = UUID.randomUUID().toString();
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + id + "\"}", id);
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + id + "\"}", id);
        String marker = UUID.randomUUID().toString();
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + marker + "\"}", marker);

        await().atMost(DEADLINE).until(() -> applied(marker) == 1);
        assertThat(applied(id)).isEqualTo(1);
    }

    @Test
    void aMessageWaitingForAReferenceIsParkedAndAppliedWhenTheReferenceArrives() {
        String ref = "late-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + first + "\"}", first);
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + second + "\"}", second);
        await().atMost(DEADLINE).until(() -> parked("ref:" + ref) == 2);
        assertThat(applied(first)).isZero();

        send(ref, "{\"declare\":\"" + ref + "\"}", null);

        await().atMost(DEADLINE).until(() -> applied(first) == 1 && applied(second) == 1);
        assertThat(parked("ref:" + ref)).isZero();
        List<String> order = jdbc.queryForList("select note from applied_note where note in (?, ?) order by id",
                String.class, first, second);
        assertThat(order).containsExactly(first, second);
    }

    @Test
    void aParkedMessageWhoseReleaseWasMissedIsAppliedByTheSweep() {
        String ref = "missed-" + UUID.randomUUID();
        String note = UUID.randomUUID().toString();
        send(ref, "{\"needs\":\"" + ref + "\",\"note\":\"" + note + "\"}", note);
        await().atMost(DEADLINE).until(() -> parked("ref:" + ref) == 1);

        // The reference becomes known without anyone reporting its arrival.
        jdbc.update("insert into known_ref (ref) values (?)", ref);

        await().atMost(DEADLINE).until(() -> applied(note) == 1);
        assertThat(parked("ref:" + ref)).isZero();
    }

    @Test
    void anUnreadableMessageGoesToTheDltAtOnceWithItsReasonAndDoesNotBlockItsPartition() {
        String key = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(CounterTopics.IN, key, "not json {".getBytes(StandardCharsets.UTF_8)));
        String after = UUID.randomUUID().toString();
        send(key, "{\"declare\":\"" + after + "\"}", null);
        send(key, "{\"needs\":\"" + after + "\",\"note\":\"" + after + "\"}", after);

        await().atMost(DEADLINE).until(() -> applied(after) == 1);
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), CounterTopics.IN_DLT)) {
            ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> key.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("UNREADABLE");
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON)).isEqualTo("The value is not JSON");
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.ORIGIN)).startsWith(CounterTopics.IN + "-");
            assertThat(TopicRecorder.header(dead, "kafka_dlt-original-topic")).isEqualTo(CounterTopics.IN);
            assertThat(TopicRecorder.value(dead)).isEqualTo("not json {");
        }
    }

    @Test
    void aMessageThatKeepsFailingGoesToTheDltAfterBoundedRetriesAndOpsCanListAndRedriveIt() {
        String key = "failing-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(CounterTopics.IN, key, "{\"fail\":true}".getBytes(StandardCharsets.UTF_8)));

        List<Map<String, Object>> listed = await().atMost(DEADLINE).until(() -> deadLetters().stream()
                .filter(d -> key.equals(d.get("key"))).toList(), l -> l.size() == 1);
        Map<String, Object> dead = listed.get(0);
        assertThat(dead).containsEntry("reasonCode", "PROCESSING_FAILED").containsEntry("redriven", false)
                .containsEntry("originalTopic", CounterTopics.IN);

        String redrive = "/api/v1/ops/dead-letters/" + dead.get("topic") + "/" + dead.get("partition") + "/"
                + dead.get("offset") + "/redrive";
        assertThat(rest.postForEntity(redrive, null, Map.class).getStatusCode().value()).isEqualTo(200);

        // It fails again, so it is dead-lettered a second time; the first entry shows it was redriven.
        await().atMost(DEADLINE).until(() -> deadLetters().stream().filter(d -> key.equals(d.get("key"))).toList(),
                l -> l.size() == 2 && Boolean.TRUE.equals(l.get(0).get("redriven")));
        assertThat(rest.postForEntity(redrive, null, Map.class).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void theSimulationClockMovesForwardAndRefusesToMoveBackWithAProblem() {
        Map<?, ?> now = rest.getForObject("/api/v1/simulation/clock", Map.class);
        java.time.Instant later = java.time.Instant.parse((String) now.get("instant")).plus(Duration.ofDays(2));

        var moved = rest.exchange("/api/v1/simulation/clock", HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("instant", later.toString())), Map.class);
        assertThat(moved.getStatusCode().value()).isEqualTo(200);
        assertThat(java.time.Instant.parse((String) moved.getBody().get("instant"))).isAfterOrEqualTo(later);

        var refused = rest.exchange("/api/v1/simulation/clock", HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("instant", later.minus(Duration.ofDays(1)).toString())),
                Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getBody()).containsEntry("code", "CLOCK_MOVED_BACKWARDS");
    }

    @Test
    void anUnknownPathAndAMalformedBodyAnswerProblemJsonWithACode() {
        var missing = rest.getForEntity("/api/v1/no-such-thing", Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(missing.getBody()).containsEntry("code", "NOT_FOUND");

        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var malformed = rest.exchange("/api/v1/simulation/clock", HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>("{\"instant\": \"13800138000\"", headers), Map.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).containsEntry("code", "MALFORMED_REQUEST");
        assertThat(malformed.getBody().toString()).doesNotContain("13800138000");
    }

    private String open() {
        String counter = "c-" + UUID.randomUUID();
        commands.sendAndWait(new Counter.OpenCounterCommand(counter));
        return counter;
    }

    private static List<Long> firstDeliveries(List<ConsumerRecord<String, byte[]>> records) {
        // Consumers drop re-sent records by ce_id; what matters is the order of first appearances.
        java.util.LinkedHashMap<String, Long> first = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            String value = TopicRecorder.value(r);
            long amount = Long.parseLong(value.replaceAll(".*\"amount\":(\\d+).*", "$1"));
            first.putIfAbsent(TopicRecorder.header(r, "ce_id"), amount);
        }
        return List.copyOf(first.values());
    }

    private static void limitMessageSize(String topic, String bytes) throws Exception {
        RealKafka.broker().doWithAdmin(admin -> {
            try {
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", bytes),
                                AlterConfigOp.OpType.SET)))).all().get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void send(String key, String json, String ceId) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(CounterTopics.IN, key, json.getBytes(StandardCharsets.UTF_8));
        if (ceId != null) {
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record);
        producer.flush();
    }

    private int applied(String note) {
        return jdbc.queryForObject("select count(*) from applied_note where note = ?", Integer.class, note);
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }

    private List<Map<String, Object>> deadLetters() {
        return rest.exchange("/api/v1/ops/dead-letters?topic=" + CounterTopics.IN_DLT, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
    }
}
