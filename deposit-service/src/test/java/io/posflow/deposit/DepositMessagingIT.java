package io.posflow.deposit;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositForfeited;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.deposit.DepositRefunded;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.topics.Topics;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.pii.SubjectKeyVault;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static io.posflow.deposit.DepositTestMessages.anyMerchantNo;
import static io.posflow.deposit.DepositTestMessages.anySerialNumber;
import static io.posflow.deposit.DepositTestMessages.depositCollected;
import static io.posflow.deposit.DepositTestMessages.merchantOnboarded;
import static io.posflow.deposit.DepositTestMessages.refundPaid;
import static io.posflow.deposit.DepositTestMessages.settlementDayClosed;
import static io.posflow.deposit.DepositTestMessages.terminalReplaced;
import static io.posflow.deposit.DepositTestMessages.transactionSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "posflow.pii.archive-duty=P0D")
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class DepositMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SETTLEMENT = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final String PAYOUTS = Topics.SETTLEMENT_PAYOUTS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String DEPOSITS = Topics.DEPOSIT_DEPOSITS.name();
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final int SETTLEMENT_PARTITIONS = Topics.SETTLEMENT_TRANSACTIONS.partitions();
    private static final Duration WINDOW = Duration.ofHours(60 * 24);
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
    @Autowired
    SimulationClock simulationClock;
    @Autowired
    SubjectSealing subjectSealing;
    @Autowired
    SubjectKeyVault vault;

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
        assertThat(view).containsEntry("qualifyingVolumeFen", 50_001).containsEntry("transactionCount", 2);
        assertThat(jdbc.queryForObject("select count(*) from deposit_counted where deposit_id = ?", Integer.class,
                serial)).isEqualTo(2);
    }

    @Test
    void aDepositCollectedPublishedAgainUnderAnotherIdOpensTheDepositOnce() {
        String serial = anySerialNumber();
        IntegrationEvent collected = depositCollected(serial, DeviceModel.ESIGN, clock.instant().minusSeconds(60));
        String again = UUID.randomUUID().toString();
        messages.send(SETTLEMENT, collected);
        RecordMetadata second = messages.send(SETTLEMENT, collected, again);

        await().atMost(DEADLINE).until(() -> folded(second));
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
        await().atMost(DEADLINE).until(() -> waiting(serial) == 1);
        assertThat(rest.getForEntity("/api/v1/deposits/" + serial, Map.class).getStatusCode().value()).isEqualTo(404);

        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.SMART, depositSwipe));

        await().atMost(DEADLINE).until(() -> deposit(serial),
                v -> v != null && Integer.valueOf(88_800).equals(v.get("qualifyingVolumeFen")));
        assertThat(waiting(serial)).isZero();
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
    void anUnreadableRecordOnTheMerchantTerminalAndPayoutTopicsGoesToItsDlt() {
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

    @Test
    void D3_reachingTheTargetTriggersTheRefundOnceAndItsPayoutRefundsTheDepositWithAnSms() {
        messages.send(MERCHANTS, merchantOnboarded(DepositTestMessages.MERCHANT_NO, "13800138000"));
        String serial = openedDeposit();
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 6_000_000, inWindow()));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 4_000_000, inWindow()));
        RecordMetadata afterTrigger = messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(),
                700, inWindow()));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> published(out, serial, "DepositRefundTriggered"), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(serial);
            assertThat(CODEC.read(TopicRecorder.header(record, "ce_type"), record.value()))
                    .isInstanceOfSatisfying(DepositRefundTriggered.class, triggered -> {
                        assertThat(triggered.merchantNo()).isEqualTo(DepositTestMessages.MERCHANT_NO);
                        assertThat(triggered.depositFen()).isEqualTo(9_900);
                        assertThat(triggered.windowEnd()).isEqualTo(triggered.windowStart().plus(WINDOW));
                        assertThat(triggered.qualifyingVolumeFen()).isEqualTo(10_000_000);
                    });
            // The sale after the target still counts towards the volume in the window, but triggers nothing more.
            await().atMost(DEADLINE).until(() -> folded(afterTrigger));
            assertThat(deposit(serial)).containsEntry("status", "REFUND_TRIGGERED")
                    .containsEntry("qualifyingVolumeFen", 10_000_700).containsEntry("remainingFen", 0);

            PayoutCompleted payout = refundPaid(serial, DepositTestMessages.MERCHANT_NO, 9_900, clock.instant());
            messages.send(PAYOUTS, payout);

            ConsumerRecord<String, byte[]> refunded = await().atMost(DEADLINE)
                    .until(() -> published(out, serial, "DepositRefunded"), l -> l.size() == 1).get(0);
            assertThat(CODEC.read(TopicRecorder.header(refunded, "ce_type"), refunded.value()))
                    .isInstanceOfSatisfying(DepositRefunded.class, r -> {
                        assertThat(r.payoutId()).isEqualTo(payout.payoutId());
                        assertThat(r.depositFen()).isEqualTo(9_900);
                        assertThat(r.qualifyingVolumeFen()).isEqualTo(10_000_000);
                    });
            assertThat(published(out, serial, "DepositRefundTriggered")).hasSize(1);
        }
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "REFUNDED".equals(v.get("status")));
        assertThat(sms("13800138000")).extracting(m -> m.get("text"))
                .contains("【posflow】您的终端押金99.00元已退还至结算账户。");
    }

    @Test
    void D3_aRefundPayoutWaitsForTheMerchantsPhoneAndTheSameRefundPaidTwiceRefundsOnce() {
        String merchantNo = anyMerchantNo();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String serial = anySerialNumber();
        messages.send(SETTLEMENT, depositCollected(serial, merchantNo, DeviceModel.SMART, clock.instant().minus(Duration.ofDays(1))));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 10_000_000, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null && "REFUND_TRIGGERED".equals(v.get("status")));

        PayoutCompleted payout = refundPaid(serial, merchantNo, 29_900, clock.instant());
        messages.send(PAYOUTS, payout);
        await().atMost(DEADLINE).until(() -> parked("merchant:" + merchantNo) == 1);
        assertThat(deposit(serial)).containsEntry("status", "REFUND_TRIGGERED");

        messages.send(MERCHANTS, merchantOnboarded(merchantNo, phone));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "REFUNDED".equals(v.get("status")));
        String again = UUID.randomUUID().toString();
        messages.send(PAYOUTS, payout, again);
        await().atMost(DEADLINE).until(() -> received(PAYOUTS, again));

        assertThat(sms(phone)).extracting(m -> m.get("text")).containsExactly("【posflow】您的终端押金299.00元已退还至结算账户。");
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            await().atMost(DEADLINE).until(() -> published(out, serial, "DepositRefunded"), l -> l.size() == 1);
        }
    }

    @Test
    @SuppressWarnings("rawtypes")
    void DESIGN4_theMerchantsPhoneIsStoredUnderItsApplicationsKeyAndOnceShreddedItsRefundCompletesWithoutAnSms() {
        String merchantNo = anyMerchantNo();
        String application = "app-" + UUID.randomUUID();
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        messages.send(MERCHANTS, merchantOnboarded(merchantNo, application, phone));

        // Stored under the application's key, nothing of it in clear.
        Map<String, Object> row = await().atMost(DEADLINE).until(() -> merchantPhone(merchantNo), r -> r != null);
        assertThat(row).containsEntry("key_id", "subject:" + application).containsEntry("application_id", application);
        assertThat(row.values()).extracting(String::valueOf).noneMatch(v -> v.contains(phone));
        SealedValue stored = storedPhone(row);
        assertThat(subjectSealing.reveal(stored)).contains(phone);

        String shredding = "/api/v1/ops/data-subjects/" + application + "/shredding";
        ResponseEntity<Map> kept = rest.postForEntity(shredding, null, Map.class);
        assertThat(kept.getStatusCode().value()).as("the relationship has not ended").isEqualTo(409);
        assertThat(kept.getBody()).containsEntry("code", "ARCHIVE_DUTY");
        // deposit-service has no merchant closure: the relationship is ended as ops would have it ended elsewhere.
        // This class sets the archive duty to nothing (posflow.pii.archive-duty=P0D) so the clock need not move.
        vault.relationshipEnded(application, clock.instant());
        ResponseEntity<Map> shredded = rest.postForEntity(shredding, null, Map.class);
        assertThat(shredded.getStatusCode().value()).isEqualTo(200);
        assertThat(shredded.getBody().get("shreddedAt")).isNotNull();

        assertThat(subjectSealing.reveal(stored)).as("unreadable after shredding").isEmpty();
        assertThat(merchantPhone(merchantNo)).as("the row itself still loads").containsEntry("masked", stored.masked());

        // The same MerchantOnboarded again stores nothing new under the shredded subject: the masked form only.
        String again = UUID.randomUUID().toString();
        messages.send(MERCHANTS, merchantOnboarded(merchantNo, application, phone), again);
        await().atMost(DEADLINE).until(() -> merchantPhone(merchantNo),
                r -> SubjectSealing.SHREDDED_KEY_ID.equals(r.get("key_id")));
        assertThat(parked("merchant:" + merchantNo)).isZero();

        // The merchant's deposit still opens, triggers, is refunded and published; only the SMS is gone.
        String serial = anySerialNumber();
        messages.send(SETTLEMENT, depositCollected(serial, merchantNo, DeviceModel.SMART, clock.instant().minus(Duration.ofDays(1))));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 10_000_000, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null && "REFUND_TRIGGERED".equals(v.get("status")));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            messages.send(PAYOUTS, refundPaid(serial, merchantNo, 29_900, clock.instant()));
            ConsumerRecord<String, byte[]> refunded = await().atMost(DEADLINE)
                    .until(() -> published(out, serial, "DepositRefunded"), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.value(refunded)).doesNotContain(phone);
        }
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "REFUNDED".equals(v.get("status")));
        // The SMS would have been sent in the refund's own transaction, before the view could show REFUNDED.
        assertThat(rest.getForObject("/api/v1/simulation/sms?phone=" + phone, List.class)).isEmpty();
    }

    @Test
    void D3_aRefundPayoutForAnUnknownDepositIsParked() {
        String serial = anySerialNumber();
        messages.send(PAYOUTS, refundPaid(serial, DepositTestMessages.MERCHANT_NO, 9_900, clock.instant()));

        await().atMost(DEADLINE).until(() -> parked("deposit:" + serial) == 1);
    }

    @Test
    void D4_aDepositShortOfTargetIsForfeitedWhenTheWindowEndedAndItsDayClosedOnEveryPartition() {
        String serial = depositEndingTomorrowWithVolume(12_300);
        Instant windowEnd = windowEnd(serial);
        simulationClock.moveTo(windowEnd.plus(Duration.ofMinutes(1)));

        closeDay(businessDate(windowEnd), IntStream.range(0, SETTLEMENT_PARTITIONS));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> published(out, serial, "DepositForfeited"), l -> l.size() == 1).get(0);
            assertThat(CODEC.read(TopicRecorder.header(record, "ce_type"), record.value()))
                    .isInstanceOfSatisfying(DepositForfeited.class, f -> {
                        assertThat(f.merchantNo()).isEqualTo(DepositTestMessages.MERCHANT_NO);
                        assertThat(f.depositFen()).isEqualTo(9_900);
                        assertThat(f.windowEnd()).isEqualTo(windowEnd);
                        assertThat(f.qualifyingVolumeFen()).isEqualTo(12_300);
                    });
        }
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "FORFEITED".equals(v.get("status")));
        assertThat(deposit(serial)).containsEntry("daysLeft", 0).containsEntry("qualifyingVolumeFen", 12_300);
    }

    @Test
    void D4_aDayClosedOnElevenOfTwelvePartitionsForfeitsNothingUntilTheTwelfth() {
        String serial = depositEndingTomorrowWithVolume(500);
        Instant windowEnd = windowEnd(serial);
        LocalDate endDate = businessDate(windowEnd);
        simulationClock.moveTo(windowEnd.plus(Duration.ofMinutes(1)));

        closeDay(endDate, IntStream.range(0, SETTLEMENT_PARTITIONS - 1));
        await().atMost(DEADLINE).until(() -> partitionsSeen(endDate) == SETTLEMENT_PARTITIONS - 1
                && forfeitureChecksPending(serial) == 0);

        assertThat(deposit(serial)).containsEntry("status", "HELD");
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() == 1);
            assertThat(published(out, serial, "DepositForfeited")).isEmpty();
        }

        closeDay(endDate, IntStream.of(SETTLEMENT_PARTITIONS - 1));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "FORFEITED".equals(v.get("status")));
    }

    @Test
    void D4_aDayClosedBeforeTheWindowEndsIsForfeitedByTheCheckAtTheWindowsEnd() {
        String serial = depositEndingTomorrowWithVolume(800);
        Instant windowEnd = windowEnd(serial);
        LocalDate endDate = businessDate(windowEnd);

        closeDay(endDate, IntStream.range(0, SETTLEMENT_PARTITIONS));
        await().atMost(DEADLINE).until(() -> partitionsSeen(endDate) == SETTLEMENT_PARTITIONS);
        assertThat(deposit(serial)).containsEntry("status", "HELD");

        simulationClock.moveTo(windowEnd.plusSeconds(1));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "FORFEITED".equals(v.get("status")));
    }

    @Test
    void T8_aReplacedTerminalsDepositCountsTheNewTerminalsSalesAndTriggersOneRefundForTheFullVolume() {
        messages.send(MERCHANTS, merchantOnboarded(DepositTestMessages.MERCHANT_NO, "13800138008"));
        String oldSerial = openedDeposit();
        String newSerial = anySerialNumber();
        messages.send(SETTLEMENT, transactionSettled(oldSerial, "sale-" + UUID.randomUUID(), 6_000_000, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(oldSerial),
                v -> Integer.valueOf(6_000_000).equals(v.get("qualifyingVolumeFen")));
        Map<String, Object> before = deposit(oldSerial);

        // The same replacement twice, under two message ids: the second changes nothing.
        messages.send(TERMINALS, terminalReplaced(oldSerial, newSerial, clock.instant()));
        String again = UUID.randomUUID().toString();
        messages.send(TERMINALS, terminalReplaced(oldSerial, newSerial, clock.instant()), again);
        await().atMost(DEADLINE).until(() -> received(TERMINALS, again));

        Map<String, Object> moved = await().atMost(DEADLINE).until(() -> deposit(newSerial),
                v -> v != null && newSerial.equals(v.get("serialNumber")));
        assertThat(moved).containsEntry("status", "HELD")
                .containsEntry("depositFen", 9_900).containsEntry("qualifyingVolumeFen", 6_000_000)
                .containsEntry("windowStart", before.get("windowStart"))
                .containsEntry("windowEnd", before.get("windowEnd"));
        assertThat(deposit(oldSerial)).isEqualTo(moved);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%DepositMoved'", Integer.class, oldSerial)).isEqualTo(1);

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            messages.send(SETTLEMENT, transactionSettled(newSerial, "sale-" + UUID.randomUUID(), 4_000_000,
                    inWindow()));
            RecordMetadata afterTrigger = messages.send(SETTLEMENT, transactionSettled(newSerial,
                    "sale-" + UUID.randomUUID(), 700, inWindow()));

            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> published(out, oldSerial, "DepositRefundTriggered"), l -> l.size() == 1).get(0);
            assertThat(CODEC.read(TopicRecorder.header(record, "ce_type"), record.value()))
                    .isInstanceOfSatisfying(DepositRefundTriggered.class, triggered -> {
                        assertThat(triggered.serialNumber()).isEqualTo(oldSerial);
                        assertThat(triggered.depositFen()).isEqualTo(9_900);
                        assertThat(triggered.qualifyingVolumeFen()).isEqualTo(10_000_000);
                        assertThat(triggered.windowStart().toString()).isEqualTo(before.get("windowStart"));
                    });
            await().atMost(DEADLINE).until(() -> folded(afterTrigger));
            assertThat(deposit(newSerial)).containsEntry("status", "REFUND_TRIGGERED")
                    .containsEntry("qualifyingVolumeFen", 10_000_700).containsEntry("remainingFen", 0);

            // Settlement pays the refund under the serial it knows the terminal by now.
            PayoutCompleted payout = refundPaid(newSerial, DepositTestMessages.MERCHANT_NO, 9_900, clock.instant());
            messages.send(PAYOUTS, payout);
            await().atMost(DEADLINE).until(() -> published(out, oldSerial, "DepositRefunded"), l -> l.size() == 1);
            assertThat(published(out, oldSerial, "DepositRefundTriggered")).hasSize(1);
            assertThat(out.records(r -> newSerial.equals(r.key()))).isEmpty();
        }
        await().atMost(DEADLINE).until(() -> deposit(newSerial), v -> "REFUNDED".equals(v.get("status")));
    }

    @Test
    void T8_aReplacementBeforeItsDepositIsParkedAndTheNewTerminalsSalesCountOnceTheDepositOpens() {
        String oldSerial = anySerialNumber();
        String newSerial = anySerialNumber();
        messages.send(TERMINALS, terminalReplaced(oldSerial, newSerial, clock.instant()));
        messages.send(SETTLEMENT, transactionSettled(newSerial, "sale-" + UUID.randomUUID(), 1_500_000, inWindow()));
        await().atMost(DEADLINE).until(() -> parked("deposit:" + oldSerial) == 1 && waiting(newSerial) == 1);
        assertThat(deposit(newSerial)).isNull();

        messages.send(SETTLEMENT, depositCollected(oldSerial, DeviceModel.ESIGN,
                clock.instant().minus(Duration.ofDays(1))));

        Map<String, Object> view = await().atMost(DEADLINE).until(() -> deposit(newSerial),
                v -> v != null && Integer.valueOf(1_500_000).equals(v.get("qualifyingVolumeFen"))
                        && newSerial.equals(v.get("serialNumber")));
        assertThat(view).containsEntry("status", "HELD");
        await().atMost(DEADLINE).until(() -> parked("deposit:" + oldSerial) + waiting(newSerial) == 0);
    }

    /** A deposit whose window ends a day from now (so each test's window end date is its own), with some volume. */
    private String depositEndingTomorrowWithVolume(long volumeFen) {
        String serial = anySerialNumber();
        Instant capturedAt = clock.instant().plus(Duration.ofDays(1)).minus(WINDOW).truncatedTo(ChronoUnit.SECONDS);
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, capturedAt));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), volumeFen, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(serial),
                v -> v != null && Integer.valueOf((int) volumeFen).equals(v.get("qualifyingVolumeFen")));
        return serial;
    }

    private Instant windowEnd(String serial) {
        return Instant.parse((String) deposit(serial).get("windowEnd"));
    }

    private static LocalDate businessDate(Instant instant) {
        return instant.atZone(DepositTestMessages.SHANGHAI).toLocalDate();
    }

    private void closeDay(LocalDate businessDate, IntStream partitions) {
        partitions.forEach(p -> messages.sendToPartition(SETTLEMENT, p,
                settlementDayClosed(businessDate, clock.instant())));
    }

    private int partitionsSeen(LocalDate businessDate) {
        return jdbc.queryForObject("select count(*) from settlement_day_partition where business_date = ?",
                Integer.class, businessDate);
    }

    private int forfeitureChecksPending(String serial) {
        return jdbc.queryForObject("select count(*) from due_work where kind = 'deposit-forfeiture' and work_key = ?",
                Integer.class, serial);
    }

    private boolean received(String topic, String ceId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_key = ?", Integer.class,
                topic + "/" + ceId) == 1;
    }

    /** The projection committed its offset past {@code record} (D5: offsets are stored with the projection). */
    private boolean folded(RecordMetadata record) {
        List<Long> next = jdbc.queryForList("select next_offset from topic_projection_offset where projection_name = "
                + "'deposit' and topic = ? and partition_no = ?", Long.class, record.topic(), record.partition());
        return !next.isEmpty() && next.get(0) > record.offset();
    }

    /** Settlements waiting in the projection for the deposit of {@code serial} to become known. */
    private int waiting(String serial) {
        return jdbc.queryForObject("select count(*) from deposit_waiting where serial_number = ?", Integer.class,
                serial);
    }

    private static List<ConsumerRecord<String, byte[]>> published(TopicRecorder out, String serial, String event) {
        return out.records(r -> serial.equals(r.key())
                && ("posflow.deposit." + event + ".v1").equals(TopicRecorder.header(r, "ce_type")));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sms(String phone) {
        return await().atMost(DEADLINE).until(
                () -> (List<Map<String, Object>>) rest.getForObject("/api/v1/simulation/sms?phone=" + phone, List.class),
                l -> !l.isEmpty());
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

    private Map<String, Object> merchantPhone(String merchantNo) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from merchant_phone where merchant_no = ?",
                merchantNo);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static SealedValue storedPhone(Map<String, Object> row) {
        return new SealedValue((String) row.get("masked"), (String) row.get("sealed"), (String) row.get("key_id"));
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }
}
