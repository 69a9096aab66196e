package io.posflow.settlement;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TerminalRegistered;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class SettlementMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SETTLEMENT_TRANSACTIONS = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final String TERMINAL_TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    private static final String SETTLEMENT_PAYOUTS = Topics.SETTLEMENT_PAYOUTS.name();
    private static final String DEPOSITS = Topics.DEPOSIT_DEPOSITS.name();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime RUN_AT = LocalTime.of(2, 0);
    private static final String SETTLED_TYPE = "posflow.settlement.TransactionSettled.v1";
    private static final String DAY_CLOSED_TYPE = "posflow.settlement.SettlementDayClosed.v1";
    /** The documented simulation key (architecture §4 sealing); tests seal with it as onboarding would. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 90_000));

    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void consumedTopicsExistAndAProducer() throws Exception {
        // The consumed topics belong to other services; here they exist before settlement subscribes.
        List<NewTopic> consumed = List.of(Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS,
                        Topics.TERMINAL_TRANSACTIONS, Topics.DEPOSIT_DEPOSITS).stream()
                .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)).toList();
        RealKafka.broker().doWithAdmin(admin -> {
            try {
                Set<String> existing = admin.listTopics().names().get();
                admin.createTopics(consumed.stream().filter(t -> !existing.contains(t.name())).toList()).all().get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("Could not create the consumed topics", e);
            }
        });
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SimulationClock clock;
    @Autowired
    SettlementCalendar calendar;

    @Test
    void theDepositSwipeOfAnOnboardedMerchantIsPublishedAsDepositCollectedWithCloudEventsHeaders() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        String tx = anyTransactionId();
        Instant capturedAt = Instant.parse("2026-11-22T02:00:00Z");
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.SMART), anyCeId());
        send(TERMINAL_TRANSACTIONS, captured(tx, serial, merchant, TransactionPurpose.DEPOSIT, 29_900, capturedAt),
                anyCeId());

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> depositsCollected(out, tx), l -> !l.isEmpty()).get(0);

            String eventId = jdbc.queryForObject(
                    "select event_identifier from domain_event_entry where aggregate_identifier = ?", String.class, tx);
            assertThat(record.key()).isEqualTo(serial);
            assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.settlement.DepositCollected.v1");
            assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/settlement");
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(serial);
            assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicRecorder.header(record, "ce_time")).isNotBlank();
            assertThat(CODEC.read("posflow.settlement.DepositCollected.v1", record.value()))
                    .isEqualTo(new DepositCollected(tx, serial, merchant, DeviceModel.SMART, 29_900, capturedAt));
        }
    }

    @Test
    void theSameCaptureDeliveredTwiceIsCollectedOnce() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        String tx = anyTransactionId();
        String ceId = anyCeId();
        Instant capturedAt = Instant.parse("2026-11-22T03:00:00Z");
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());
        TransactionCaptured deposit = captured(tx, serial, merchant, TransactionPurpose.DEPOSIT, 9_900, capturedAt);
        send(TERMINAL_TRANSACTIONS, deposit, ceId);
        send(TERMINAL_TRANSACTIONS, deposit, ceId);
        // Same serial, same partition: once this sale shows, both copies before it have been handled.
        String marker = anyTransactionId();
        send(TERMINAL_TRANSACTIONS, captured(marker, serial, merchant, TransactionPurpose.SALE, 100, capturedAt),
                anyCeId());

        await().atMost(DEADLINE).until(() -> capturedIds(merchant, "2026-11-22").contains(marker));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            List<ConsumerRecord<String, byte[]>> records = await().atMost(DEADLINE)
                    .until(() -> depositsCollected(out, tx), l -> !l.isEmpty());
            assertThat(records.stream().map(r -> TopicRecorder.header(r, "ce_id")).distinct()).hasSize(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, tx)).isEqualTo(1);
        assertThat(capturedIds(merchant, "2026-11-22")).containsOnlyOnce(tx);
    }

    @Test
    void aCaptureBeforeItsMerchantIsParkedAndCollectedWhenTheMerchantArrives() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        String tx = anyTransactionId();
        Instant capturedAt = Instant.parse("2026-11-22T04:00:00Z");
        send(TERMINAL_TRANSACTIONS, captured(tx, serial, merchant, TransactionPurpose.DEPOSIT, 9_900, capturedAt),
                anyCeId());

        await().atMost(DEADLINE).until(() -> parked("merchant:" + merchant) == 1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, tx)).isZero();

        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> depositsCollected(out, tx), l -> !l.isEmpty()).get(0);
            assertThat(CODEC.read("posflow.settlement.DepositCollected.v1", record.value()))
                    .isEqualTo(new DepositCollected(tx, serial, merchant, DeviceModel.ESIGN, 9_900, capturedAt));
        }
        assertThat(parked("merchant:" + merchant)).isZero();
    }

    @Test
    void anUnreadableCaptureGoesToTheDltAndLaterRecordsOnItsPartitionAreStillProcessed() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(TERMINAL_TRANSACTIONS, serial,
                "not json {".getBytes(StandardCharsets.UTF_8));
        garbage.headers().add("ce_id", anyCeId().getBytes(StandardCharsets.UTF_8));
        garbage.headers().add("ce_type", ceType(TransactionCaptured.class).getBytes(StandardCharsets.UTF_8));
        producer.send(garbage);
        String after = anyTransactionId();
        send(TERMINAL_TRANSACTIONS, captured(after, serial, merchant, TransactionPurpose.SALE, 12_345,
                Instant.parse("2026-11-22T05:00:00Z")), anyCeId());

        await().atMost(DEADLINE).until(() -> capturedIds(merchant, "2026-11-22").contains(after));
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), TERMINAL_TRANSACTIONS + ".dlt")) {
            ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> serial.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_JSON");
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.ORIGIN)).startsWith(TERMINAL_TRANSACTIONS + "-");
            assertThat(TopicRecorder.value(dead)).isEqualTo("not json {");
        }
    }

    @Test
    void anUnreadableTerminalEventGoesToTheDltAlthoughSettlementDoesNotApplyTerminalEventsYet() {
        String serial = anySerialNumber();
        ProducerRecord<String, byte[]> violating = new ProducerRecord<>(Topics.TERMINAL_TERMINALS.name(), serial,
                "{\"serialNumber\":\"lower-case\"}".getBytes(StandardCharsets.UTF_8));
        violating.headers().add("ce_id", anyCeId().getBytes(StandardCharsets.UTF_8));
        violating.headers().add("ce_type", ceType(TerminalRegistered.class).getBytes(StandardCharsets.UTF_8));
        producer.send(violating);
        producer.flush();

        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(),
                Topics.TERMINAL_TERMINALS.name() + ".dlt")) {
            ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> serial.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("SCHEMA_VIOLATION");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatementListsWhatWasCapturedOnTheShanghaiBusinessDate() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        String deposit = anyTransactionId();
        String sale = anyTransactionId();
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());
        // 17:30 UTC on the 22nd is 01:30 on the 23rd in Shanghai: both belong to business date 2026-11-23.
        send(TERMINAL_TRANSACTIONS, captured(deposit, serial, merchant, TransactionPurpose.DEPOSIT, 9_900,
                Instant.parse("2026-11-22T17:00:00Z")), anyCeId());
        send(TERMINAL_TRANSACTIONS, captured(sale, serial, merchant, TransactionPurpose.SALE, 12_345,
                Instant.parse("2026-11-22T17:30:00Z")), anyCeId());

        await().atMost(DEADLINE).until(() -> capturedIds(merchant, "2026-11-23"), ids -> ids.size() == 2);
        Map<String, Object> statement = (Map<String, Object>) statement(merchant, "2026-11-23").getBody();
        assertThat(statement).containsEntry("merchantNo", merchant).containsEntry("date", "2026-11-23");
        assertThat((List<Object>) statement.get("captured")).containsExactly(
                Map.of("transactionId", deposit, "serialNumber", serial, "type", "SALE", "purpose", "DEPOSIT",
                        "channel", "CARD", "amountFen", 9_900, "capturedAt", "2026-11-22T17:00:00Z",
                        "status", "DEPOSIT_COLLECTED"),
                Map.of("transactionId", sale, "serialNumber", serial, "type", "SALE", "purpose", "SALE",
                        "channel", "CARD", "amountFen", 12_345, "capturedAt", "2026-11-22T17:30:00Z",
                        "status", "PENDING_SETTLEMENT"));
        assertThat((List<Object>) statement.get("depositsCollected")).containsExactly(
                Map.of("transactionId", deposit, "serialNumber", serial, "deviceModel", "ESIGN",
                        "depositFen", 9_900, "capturedAt", "2026-11-22T17:00:00Z"));
        assertThat(capturedIds(merchant, "2026-11-22")).isEmpty();
    }

    @Test
    void theStatementOfAnUnknownMerchantIsNotFound() {
        ResponseEntity<Map> response = statement("999999999999999", "2026-11-22");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "NOT_FOUND");
    }

    @Test
    void aStatementDateMustBeYearMonthDay() {
        ResponseEntity<Map> malformed = statement("999999999999999", "22.11.2026");
        ResponseEntity<Map> missing = rest.getForEntity("/api/v1/merchants/999999999999999/statements", Map.class);

        for (ResponseEntity<Map> response : List.of(malformed, missing)) {
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).containsEntry("code", "MALFORMED_REQUEST");
        }
    }

    // --- settlement run (S1, S2), deposit refund payout (S6) ------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void theDailyRunSettlesTheDaysSalesWithTheirFeesAndThenClosesTheDayOnEveryPartitionAfterThem() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        String credit = anyTransactionId();
        String wechat = anyTransactionId();
        Instant capturedAt = clock.instant();
        LocalDate day = LocalDate.ofInstant(capturedAt, SHANGHAI);
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());
        send(TERMINAL_TRANSACTIONS, captured(credit, serial, merchant, TransactionPurpose.SALE, 1_000_000,
                capturedAt), anyCeId());
        send(TERMINAL_TRANSACTIONS, capturedQr(wechat, serial, merchant, Wallet.WECHAT, 12_345, capturedAt),
                anyCeId());
        await().atMost(DEADLINE).until(() -> capturedIds(merchant, day.toString()), ids -> ids.size() == 2);
        LocalDate settlementDay = calendar.nextRunDayAfter(day); // S2: the next business day

        clock.moveTo(runOf(settlementDay).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            List<ConsumerRecord<String, byte[]>> closed = await().atMost(DEADLINE)
                    .until(() -> dayClosed(out, day), l -> l.size() == 12);
            List<ConsumerRecord<String, byte[]>> settled = out.records(r -> SETTLED_TYPE.equals(
                    TopicRecorder.header(r, "ce_type")) && TopicRecorder.value(r).contains(merchant));

            assertThat(settled).extracting(r -> CODEC.read(SETTLED_TYPE, r.value())).containsExactlyInAnyOrder(
                    new TransactionSettled(credit, serial, merchant, TransactionType.SALE, PaymentChannel.CARD,
                            CardType.CREDIT, null, 1_000_000, 6_000, 0, 994_000, capturedAt, day,
                            settlementDay, SettlementSpeed.T1, null),
                    new TransactionSettled(wechat, serial, merchant, TransactionType.SALE, PaymentChannel.QR,
                            null, Wallet.WECHAT, 12_345, 47, 0, 12_298, capturedAt, day, settlementDay,
                            SettlementSpeed.T1, null));
            ConsumerRecord<String, byte[]> first = settled.get(0);
            assertThat(first.key()).isEqualTo(serial);
            assertThat(TopicRecorder.header(first, "ce_subject")).isEqualTo(serial);
            assertThat(TopicRecorder.header(first, "ce_source")).isEqualTo("/posflow/settlement");

            assertThat(closed).extracting(ConsumerRecord::partition)
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            assertThat(closed).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(day.toString());
                assertThat(TopicRecorder.header(r, "ce_subject")).isEqualTo(day.toString());
                assertThat(CODEC.read(DAY_CLOSED_TYPE, r.value())).extracting("businessDate").isEqualTo(day);
            });
            // One stored event per partition: every copy has its own ce_id, so consumers' inboxes keep all 12.
            assertThat(closed.stream().map(r -> TopicRecorder.header(r, "ce_id")).distinct()).hasSize(12);
            // On every partition the day is closed after each of its TransactionSettled (architecture §4).
            List<ConsumerRecord<String, byte[]>> settledThatDay = out.records(r -> SETTLED_TYPE.equals(
                    TopicRecorder.header(r, "ce_type"))
                    && TopicRecorder.value(r).contains("\"businessDate\":\"" + day + "\""));
            assertThat(settledThatDay).hasSizeGreaterThanOrEqualTo(2);
            for (ConsumerRecord<String, byte[]> s : settledThatDay) {
                ConsumerRecord<String, byte[]> closedHere = closed.stream()
                        .filter(c -> c.partition() == s.partition()).findFirst().orElseThrow();
                assertThat(closedHere.offset()).isGreaterThan(s.offset());
            }
        }

        Map<String, Object> statement = await().atMost(DEADLINE)
                .until(() -> (Map<String, Object>) statement(merchant, settlementDay.toString()).getBody(),
                        b -> ((List<?>) b.get("settled")).size() == 2);
        assertThat((List<Map<String, Object>>) statement.get("settled"))
                .filteredOn(l -> credit.equals(l.get("transactionId"))).singleElement()
                .satisfies(l -> {
                    assertThat(l).containsEntry("amountFen", 1_000_000).containsEntry("mdrFeeFen", 6_000)
                            .containsEntry("surchargeFen", 0).containsEntry("netFen", 994_000)
                            .containsEntry("businessDate", day.toString());
                });
        assertThat((Map<String, Object>) statement.get("settledTotals")).containsEntry("amountFen", 1_012_345)
                .containsEntry("mdrFeeFen", 6_047).containsEntry("netFen", 1_006_298);
    }

    @Test
    void S2_aJumpOfTenDaysClosesEveryMissedCalendarDateOnceAndInOrderWeekendsIncluded() {
        LocalDate from = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        LocalDate lastRun = calendar.nextRunDayAfter(from.plusDays(9));
        List<LocalDate> dates = from.datesUntil(lastRun).toList();

        clock.moveTo(runOf(lastRun).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            await().atMost(DEADLINE).until(() -> dayClosed(out, dates.get(dates.size() - 1)), l -> l.size() == 12);
            for (LocalDate date : dates) {
                List<ConsumerRecord<String, byte[]>> closed = dayClosed(out, date);
                assertThat(closed).as("SettlementDayClosed(%s)", date).extracting(ConsumerRecord::partition)
                        .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
                assertThat(closed.stream().map(r -> TopicRecorder.header(r, "ce_id")).distinct()).hasSize(12);
            }
            for (int partition = 0; partition < 12; partition++) {
                int p = partition;
                // Other test classes on the shared broker close other dates (years ahead): only this jump's count.
                List<LocalDate> closedInPartitionOrder = out.records(r -> r.partition() == p
                                && DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                                && dates.contains(LocalDate.parse(r.key()))).stream()
                        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                        .map(r -> LocalDate.parse(r.key())).toList();
                assertThat(closedInPartitionOrder).as("partition %d", p).isSorted().doesNotHaveDuplicates();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from settlement_day where business_date between ? and ?",
                Integer.class, dates.get(0), dates.get(dates.size() - 1))).isEqualTo(dates.size());
    }

    @Test
    void aDepositRefundTriggeredIsPaidOnceAsPayoutCompletedEvenWhenDeliveredTwice() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN), anyCeId());
        DepositRefundTriggered refund = refundTriggered(serial, merchant, 9_900);
        String ceId = anyCeId();
        String republished = anyCeId();
        send(DEPOSITS, refund, ceId);
        send(DEPOSITS, refund, ceId);
        send(DEPOSITS, refund, republished); // deposit-service publishing the same fact again

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_PAYOUTS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> payouts(out, "PayoutCompleted", serial), l -> !l.isEmpty()).get(0);
            await().atMost(DEADLINE).until(() -> received(DEPOSITS, republished));

            PayoutCompleted completed = (PayoutCompleted) CODEC.read("posflow.settlement.PayoutCompleted.v1",
                    record.value());
            assertThat(completed.payoutId()).isEqualTo("DEPOSIT_REFUND:" + serial);
            assertThat(completed.merchantNo()).isEqualTo(merchant);
            assertThat(completed.purpose()).isEqualTo(PayoutPurpose.DEPOSIT_REFUND);
            assertThat(completed.serialNumber()).isEqualTo(serial);
            assertThat(completed.amountFen()).isEqualTo(9_900);
            assertThat(completed.settlementDate()).isEqualTo(LocalDate.ofInstant(completed.completedAt(), SHANGHAI));
            assertThat(record.key()).isEqualTo(merchant);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.settlement.PayoutCompleted.v1");
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(merchant);
            assertThat(payouts(out, "PayoutCompleted", serial)).hasSize(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, "DEPOSIT_REFUND:" + serial)).isEqualTo(2); // requested, completed
    }

    @Test
    void aDepositRefundForAMerchantNotKnownYetIsParkedAndPaidWhenTheMerchantArrives() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        send(DEPOSITS, refundTriggered(serial, merchant, 29_900), anyCeId());
        await().atMost(DEADLINE).until(() -> parked("merchant:" + merchant) == 1);

        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.SMART), anyCeId());

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_PAYOUTS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> payouts(out, "PayoutCompleted", serial), l -> !l.isEmpty()).get(0);
            assertThat(CODEC.read("posflow.settlement.PayoutCompleted.v1", record.value()))
                    .extracting("amountFen").isEqualTo(29_900L);
        }
    }

    @Test
    void aPayoutTheBankRefusesIsPublishedAsPayoutFailedAndShownOnTheStatement() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        send(Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, DeviceModel.ESIGN, "6222020200112239999"),
                anyCeId());
        send(DEPOSITS, refundTriggered(serial, merchant, 9_900), anyCeId());

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_PAYOUTS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> payouts(out, "PayoutFailed", serial), l -> !l.isEmpty()).get(0);
            PayoutFailed failed = (PayoutFailed) CODEC.read("posflow.settlement.PayoutFailed.v1", record.value());
            assertThat(failed.attempt()).isEqualTo(1);
            assertThat(failed.reason()).isEqualTo("ACCOUNT_REJECTED");
            assertThat(payouts(out, "PayoutCompleted", serial)).isEmpty();
            String date = failed.settlementDate().toString();
            await().atMost(DEADLINE).until(() -> statement(merchant, date).getBody().get("payouts").toString(),
                    p -> p.contains("DEPOSIT_REFUND:" + serial) && p.contains("FAILED"));
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static MerchantOnboarded merchantOnboarded(String merchantNo, DeviceModel model) {
        return merchantOnboarded(merchantNo, model, "6222020200112233445");
    }

    private static MerchantOnboarded merchantOnboarded(String merchantNo, DeviceModel model, String cardNumber) {
        return new MerchantOnboarded(merchantNo, "app-" + UUID.randomUUID(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", model, SettlementSpeed.T1, null,
                SEALING.seal("13800138000", Mask.PHONE),
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal(cardNumber, Mask.CARD_NUMBER), "中国工商银行", null,
                        SEALING.seal("13800138000", Mask.PHONE)),
                null, Instant.parse("2026-11-22T01:00:00Z"));
    }

    private static TransactionCaptured captured(String transactionId, String serial, String merchantNo,
                                                TransactionPurpose purpose, long amountFen, Instant capturedAt) {
        return new TransactionCaptured(transactionId, serial, merchantNo, TransactionType.SALE, purpose,
                PaymentChannel.CARD, CardType.CREDIT, null, new CardSummary("625807", "1234"), amountFen, capturedAt,
                LocalDate.ofInstant(capturedAt, ZoneId.of("Asia/Shanghai")), null, null, "fp-" + transactionId,
                ApplicantType.PERSONAL, SettlementSpeed.T1, null);
    }

    private static TransactionCaptured capturedQr(String transactionId, String serial, String merchantNo,
                                                  Wallet wallet, long amountFen, Instant capturedAt) {
        return new TransactionCaptured(transactionId, serial, merchantNo, TransactionType.SALE,
                TransactionPurpose.SALE, PaymentChannel.QR, null, wallet, null, amountFen, capturedAt,
                LocalDate.ofInstant(capturedAt, SHANGHAI), null, null, null, ApplicantType.PERSONAL,
                SettlementSpeed.T1, null);
    }

    private static DepositRefundTriggered refundTriggered(String serial, String merchantNo, long depositFen) {
        Instant windowStart = Instant.parse("2026-11-22T02:00:00Z");
        return new DepositRefundTriggered(serial, merchantNo, depositFen, windowStart,
                windowStart.plus(Duration.ofDays(60)), 10_000_000, 10_000_000, Instant.parse("2026-12-01T02:00:00Z"));
    }

    /** The instant the run of {@code runDate} is due by default: 02:00 in Shanghai. */
    private static Instant runOf(LocalDate runDate) {
        return runDate.atTime(RUN_AT).atZone(SHANGHAI).toInstant();
    }

    private static List<ConsumerRecord<String, byte[]>> dayClosed(TopicRecorder out, LocalDate date) {
        return out.records(r -> DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                && date.toString().equals(r.key()));
    }

    private static List<ConsumerRecord<String, byte[]>> payouts(TopicRecorder out, String event, String serial) {
        return out.records(r -> ("posflow.settlement." + event + ".v1").equals(TopicRecorder.header(r, "ce_type"))
                && TopicRecorder.value(r).contains("\"serialNumber\":\"" + serial + "\""));
    }

    private boolean received(String topic, String ceId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_key = ?", Integer.class,
                topic + "/" + ceId) == 1;
    }

    private static void send(String topic, IntegrationEvent event, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), CODEC.write(event));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", EventCatalogue.of(event).ceType().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        producer.flush();
    }

    private static String ceType(Class<? extends IntegrationEvent> type) {
        return EventCatalogue.byClass(type).ceType();
    }

    private static List<ConsumerRecord<String, byte[]>> depositsCollected(TopicRecorder out, String transactionId) {
        return out.records(r -> "posflow.settlement.DepositCollected.v1".equals(TopicRecorder.header(r, "ce_type"))
                && TopicRecorder.value(r).contains("\"transactionId\":\"" + transactionId + "\""));
    }

    private ResponseEntity<Map> statement(String merchantNo, String date) {
        return rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class, merchantNo, date);
    }

    /** The transaction ids on the statement; empty while the merchant is not known yet. */
    private List<String> capturedIds(String merchantNo, String date) {
        ResponseEntity<Map> response = statement(merchantNo, date);
        if (response.getStatusCode().value() != 200) {
            return List.of();
        }
        return ((List<?>) response.getBody().get("captured")).stream()
                .map(c -> (String) ((Map<?, ?>) c).get("transactionId")).collect(Collectors.toList());
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }

    private static String anyMerchantNo() {
        return "8221100541" + String.format("%05d", NEXT.incrementAndGet() % 100_000);
    }

    private static String anySerialNumber() {
        return "LKLE" + String.format("%012d", NEXT.incrementAndGet());
    }

    private static String anyTransactionId() {
        return "tx-" + UUID.randomUUID();
    }

    private static String anyCeId() {
        return UUID.randomUUID().toString();
    }
}
