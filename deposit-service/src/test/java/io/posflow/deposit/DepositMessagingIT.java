package io.posflow.deposit;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.posflow.deposit.DepositTestMessages.anySerialNumber;
import static io.posflow.deposit.DepositTestMessages.depositCollected;
import static io.posflow.deposit.DepositTestMessages.transactionSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class DepositMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SETTLEMENT = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static DepositTestMessages messages;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void consumedTopicsExist() {
        messages = DepositTestMessages.open();
    }

    @AfterAll
    static void closeProducer() {
        messages.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCollectedDepositIsPublishedAsDepositHeldWithItsWindowAndCloudEventsHeaders() {
        String serial = anySerialNumber();
        Instant capturedAt = clock.instant().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, capturedAt));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.DEPOSIT_DEPOSITS.name())) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() == 1).get(0);
            String eventId = jdbc.queryForObject("select event_identifier from domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 0", String.class, serial);
            assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.deposit.DepositHeld.v1");
            assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/deposit");
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(serial);
            assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicRecorder.header(record, "content-type")).isEqualTo("application/json");

            IntegrationEvent event = CODEC.read(TopicRecorder.header(record, "ce_type"), record.value());
            assertThat(event).isInstanceOfSatisfying(DepositHeld.class, held -> {
                assertThat(held.serialNumber()).isEqualTo(serial);
                assertThat(held.merchantNo()).isEqualTo(DepositTestMessages.MERCHANT_NO);
                assertThat(held.depositFen()).isEqualTo(9_900);
                assertThat(held.windowStart()).isEqualTo(capturedAt);
                assertThat(held.windowEnd()).isEqualTo(capturedAt.plus(Duration.ofHours(60 * 24)));
                assertThat(held.qualifyingVolumeFen()).isZero();
                assertThat(held.targetFen()).isEqualTo(10_000_000);
            });
        }

        Map<String, Object> view = await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);
        assertThat(view).containsEntry("status", "HELD").containsEntry("depositFen", 9_900)
                .containsEntry("qualifyingVolumeFen", 0).containsEntry("targetFen", 10_000_000)
                .containsEntry("remainingFen", 10_000_000).containsEntry("daysLeft", 60)
                .containsEntry("windowStart", capturedAt.toString());
    }

    @Test
    void aSettledSaleInsideTheWindowShowsAsQualifyingVolume() {
        String serial = openedDeposit();
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 1_234_500, inWindow()));

        Map<String, Object> view = await().atMost(DEADLINE)
                .until(() -> deposit(serial), v -> Integer.valueOf(1_234_500).equals(v.get("qualifyingVolumeFen")));
        assertThat(view).containsEntry("remainingFen", 10_000_000 - 1_234_500);
    }

    @Test
    void aSettledTransactionCountsOnceWhetherRedeliveredOrPublishedAgain() {
        String serial = openedDeposit();
        String transactionId = "sale-" + UUID.randomUUID();
        IntegrationEvent sale = transactionSettled(serial, transactionId, 50_000, inWindow());
        String ceId = UUID.randomUUID().toString();
        messages.send(SETTLEMENT, sale, ceId);
        messages.send(SETTLEMENT, sale, ceId);
        messages.send(SETTLEMENT, sale, UUID.randomUUID().toString());
        // Same key, same partition: once the marker counts, the three copies before it were handled.
        messages.send(SETTLEMENT, transactionSettled(serial, "marker-" + UUID.randomUUID(), 1, inWindow()));

        Map<String, Object> view = await().atMost(DEADLINE)
                .until(() -> deposit(serial), v -> ((Integer) v.get("qualifyingVolumeFen")) > 50_000);
        assertThat(view).containsEntry("qualifyingVolumeFen", 50_001);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%QualifyingVolumeRecorded'", Integer.class, serial)).isEqualTo(2);
    }

    @Test
    void aDepositCollectedPublishedAgainUnderAnotherIdOpensTheDepositOnce() {
        String serial = anySerialNumber();
        IntegrationEvent collected = depositCollected(serial, DeviceModel.ESIGN, clock.instant().minusSeconds(60));
        String again = UUID.randomUUID().toString();
        messages.send(SETTLEMENT, collected);
        messages.send(SETTLEMENT, collected, again);

        await().atMost(DEADLINE).until(() -> jdbc.queryForObject("select count(*) from inbound_message"
                + " where message_key = ?", Integer.class, SETTLEMENT + "/" + again) == 1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, serial)).isEqualTo(1);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.DEPOSIT_DEPOSITS.name())) {
            await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() == 1);
        }
    }

    @Test
    void aSettlementBeforeItsDepositIsParkedAndCountedWhenTheDepositArrives() {
        String serial = anySerialNumber();
        Instant depositSwipe = clock.instant().minus(Duration.ofHours(2));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 88_800,
                depositSwipe.plus(Duration.ofHours(1))));
        await().atMost(DEADLINE).until(() -> parked("deposit:" + serial) == 1);
        assertThat(rest.getForEntity("/api/v1/deposits/" + serial, Map.class).getStatusCode().value()).isEqualTo(404);

        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.SMART, depositSwipe));

        await().atMost(DEADLINE).until(() -> deposit(serial),
                v -> v != null && Integer.valueOf(88_800).equals(v.get("qualifyingVolumeFen")));
        assertThat(parked("deposit:" + serial)).isZero();
    }

    @Test
    void anUnreadableSettlementGoesToTheDltAtOnceAndLaterRecordsOnItsPartitionAreStillProcessed() {
        String serial = anySerialNumber();
        messages.sendRaw(SETTLEMENT, serial, "posflow.settlement.TransactionSettled.v1", "not json {");
        messages.sendRaw(SETTLEMENT, serial, "posflow.settlement.DepositCollected.v1",
                "{\"serialNumber\":\"" + serial + "\"}");
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, clock.instant().minusSeconds(60)));

        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), Topics.SETTLEMENT_TRANSACTIONS.dltName())) {
            List<ConsumerRecord<String, byte[]>> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> serial.equals(r.key())), l -> l.size() == 2);
            assertThat(dead).extracting(r -> TopicRecorder.header(r, DeadLetterHeaders.REASON_CODE))
                    .containsExactly("NOT_JSON", "SCHEMA_VIOLATION");
            assertThat(TopicRecorder.value(dead.get(0))).isEqualTo("not json {");
            assertThat(TopicRecorder.header(dead.get(0), DeadLetterHeaders.ORIGIN)).startsWith(SETTLEMENT + "-");
        }
    }

    @Test
    void anUnreadableRecordOnATopicWhoseEventsAreNotActedOnYetStillGoesToItsDlt() {
        List<String> topics = List.of(Topics.ONBOARDING_MERCHANTS.name(), Topics.TERMINAL_TERMINALS.name(),
                Topics.SETTLEMENT_PAYOUTS.name());
        String key = "poison-" + UUID.randomUUID();
        topics.forEach(topic -> messages.sendRaw(topic, key, "posflow.terminal.TerminalActivated.v1", "{oops"));

        for (String topic : topics) {
            try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), topic + ".dlt")) {
                ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                        .until(() -> dlt.records(r -> key.equals(r.key())), l -> l.size() == 1).get(0);
                assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_JSON");
            }
        }
    }

    @Test
    void anUnknownSerialNumberIsNotFoundAsProblemJson() {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/deposits/" + anySerialNumber(), Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "NOT_FOUND");
    }

    private String openedDeposit() {
        String serial = anySerialNumber();
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, clock.instant().minus(Duration.ofDays(1))));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);
        return serial;
    }

    private Instant inWindow() {
        return clock.instant().minus(Duration.ofHours(1));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deposit(String serial) {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/deposits/" + serial, Map.class);
        return response.getStatusCode().value() == 200 ? response.getBody() : null;
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }
}
