package io.posflow.settlement;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.settlement.CashOutRiskFlagged;
import io.posflow.contracts.settlement.CashOutRiskReason;
import org.springframework.http.MediaType;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.calendar.DailyRunTime;
import io.posflow.settlement.calendar.SettlementCalendar;
import io.posflow.settlement.schedule.DailySettlementRun;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Self-swipe holds (S7) through the real broker and the ops REST endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class SettlementCashOutRiskIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TERMINAL_TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    private static final String SETTLEMENT_TRANSACTIONS = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final String SETTLED_TYPE = "posflow.settlement.TransactionSettled.v1";
    private static final String FLAGGED_TYPE = "posflow.settlement.CashOutRiskFlagged.v1";
    private static final String DAY_CLOSED_TYPE = "posflow.settlement.SettlementDayClosed.v1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 90_000));

    private static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void consumedTopicsAndAProducer() {
        RealKafka.ensureTopics(Topics.TERMINAL_TRANSACTIONS.partitions(), TERMINAL_TRANSACTIONS);
        RealKafka.ensureTopics(Topics.ONBOARDING_MERCHANTS.partitions(), Topics.ONBOARDING_MERCHANTS.name());
        RealKafka.ensureTopics(Topics.TERMINAL_TERMINALS.partitions(), Topics.TERMINAL_TERMINALS.name());
        RealKafka.ensureTopics(Topics.DEPOSIT_DEPOSITS.partitions(), Topics.DEPOSIT_DEPOSITS.name());
        producer = new TestProducer();
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
    @Autowired
    MeterRegistry meters;
    @Autowired
    DueWorkScheduler dueWork;
    @Autowired
    DailyRunTime runTime;

    /**
     * The broker is shared by every IT class and SettlementDayClosed records stay on it: this class settles and
     * closes dates of its own (2027) so that no other class sees its closings as duplicates of its own. The
     * daily run is moved there first, as a restart after a long downtime would not close the dates in between.
     */
    @BeforeEach
    void ownDates() {
        Instant own = Instant.parse("2027-03-01T00:00:00Z");
        if (clock.instant().isBefore(own)) {
            dueWork.schedule(DailySettlementRun.KIND, DailySettlementRun.KEY,
                    runTime.on(calendar.nextRunDayAfter(LocalDate.ofInstant(own, SHANGHAI))), null);
            clock.moveTo(own);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void S7_aSaleOnTheDepositCardIsFlaggedHeldFromTheRunAndSettledInTheNextRunOnceOpsReleaseIt() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String deposit = anyTransactionId();
        String selfSwipe = anyTransactionId();
        String other = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        double flaggedBefore = flagged();
        send(captured(deposit, TransactionPurpose.DEPOSIT, serial, merchant, 9_900, at, "fp-own-card"));
        send(captured(selfSwipe, TransactionPurpose.SALE, serial, merchant, 50_000, at, "fp-own-card"));
        send(captured(other, TransactionPurpose.SALE, serial, merchant, 20_000, at, "fp-customer-card"));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> ofType(out, FLAGGED_TYPE, selfSwipe), l -> l.size() == 1).get(0);
            CashOutRiskFlagged event = (CashOutRiskFlagged) CODEC.read(FLAGGED_TYPE, record.value());
            assertThat(event).isEqualTo(new CashOutRiskFlagged(selfSwipe, serial, merchant, 50_000,
                    CashOutRiskReason.DEPOSIT_CARD_USED, at));
            assertThat(record.key()).isEqualTo(serial);
            assertThat(ofType(out, FLAGGED_TYPE, other)).isEmpty();
        }
        assertThat(flagged() - flaggedBefore).isEqualTo(1.0);
        assertThat(openHolds()).filteredOn(h -> selfSwipe.equals(h.get("transactionId"))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("merchantNo", merchant).containsEntry("amountFen", 50_000)
                        .containsEntry("reason", "DEPOSIT_CARD_USED").containsEntry("status", "OPEN"));
        assertThat(capturedStatus(merchant, day, selfSwipe)).isEqualTo("HELD_FOR_REVIEW");

        LocalDate firstRun = calendar.nextRunDayAfter(day);
        clock.moveTo(runOf(firstRun).plusSeconds(60));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> otherSettled = await().atMost(DEADLINE)
                    .until(() -> ofType(out, SETTLED_TYPE, other), l -> l.size() == 1).get(0);
            await().atMost(DEADLINE).until(() -> dayClosed(out, day).stream().anyMatch(c ->
                    c.partition() == otherSettled.partition() && c.offset() > otherSettled.offset()));
            assertThat(ofType(out, SETTLED_TYPE, selfSwipe)).isEmpty();
        }

        ResponseEntity<Map> released = rest.postForEntity("/api/v1/ops/risk-holds/{id}/release", null, Map.class,
                selfSwipe);
        assertThat(released.getStatusCode().value()).isEqualTo(200);
        assertThat(released.getBody()).containsEntry("status", "RELEASED");
        assertThat(openHolds()).noneMatch(h -> selfSwipe.equals(h.get("transactionId")));

        LocalDate nextRun = calendar.nextRunDayAfter(firstRun);
        clock.moveTo(runOf(nextRun).plusSeconds(60));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> settled = await().atMost(DEADLINE)
                    .until(() -> ofType(out, SETTLED_TYPE, selfSwipe), l -> l.size() == 1).get(0);
            TransactionSettled event = (TransactionSettled) CODEC.read(SETTLED_TYPE, settled.value());
            assertThat(event.settlementDate()).isEqualTo(nextRun);
            assertThat(event.businessDate()).isEqualTo(day);
            assertThat(event.mdrFeeFen()).isEqualTo(300);
        }
    }

    @Test
    void S7_aRejectedHoldIsNeverPaidAndCannotBeReleasedAfterwards() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String selfSwipe = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        send(captured(anyTransactionId(), TransactionPurpose.DEPOSIT, serial, merchant, 9_900, at, "fp-card-2"));
        send(captured(selfSwipe, TransactionPurpose.SALE, serial, merchant, 30_000, at, "fp-card-2"));
        await().atMost(DEADLINE).until(() -> openHolds().stream().anyMatch(h -> selfSwipe.equals(h.get("transactionId"))));

        ResponseEntity<Map> rejected = rest.postForEntity("/api/v1/ops/risk-holds/{id}/reject", null, Map.class,
                selfSwipe);
        ResponseEntity<Map> again = rest.postForEntity("/api/v1/ops/risk-holds/{id}/reject", null, Map.class,
                selfSwipe);
        ResponseEntity<Map> release = rest.postForEntity("/api/v1/ops/risk-holds/{id}/release", null, Map.class,
                selfSwipe);
        ResponseEntity<Map> unknown = rest.postForEntity("/api/v1/ops/risk-holds/{id}/release", null, Map.class,
                "no-such-hold");

        assertThat(rejected.getStatusCode().value()).isEqualTo(200);
        assertThat(rejected.getBody()).containsEntry("status", "REJECTED");
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(release.getStatusCode().value()).isEqualTo(409);
        assertThat(release.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(release.getBody()).containsEntry("code", "HOLD_ALREADY_DECIDED");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).containsEntry("code", "NOT_FOUND");
        assertThat(capturedStatus(merchant, day, selfSwipe)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from pending_settlement where transaction_id = ?",
                Integer.class, selfSwipe)).isZero();
    }

    @Test
    void S7_aSaleOnTheMerchantsOwnSettlementCardIsFlaggedAndHeld() throws Exception {
        String merchant = onboarded(); // settlement card 6222020200112233445
        String serial = anySerialNumber();
        String selfSwipe = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        await().atMost(DEADLINE).until(() -> statement(merchant, day).getStatusCode().value() == 200);
        send(captured(selfSwipe, TransactionPurpose.SALE, serial, merchant, 40_000, at,
                terminalFingerprint("6222020200112233445")));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> ofType(out, FLAGGED_TYPE, selfSwipe), l -> l.size() == 1).get(0);
            assertThat(((CashOutRiskFlagged) CODEC.read(FLAGGED_TYPE, record.value())).reason())
                    .isEqualTo(CashOutRiskReason.SETTLEMENT_CARD_USED);
        }
        assertThat(capturedStatus(merchant, day, selfSwipe)).isEqualTo("HELD_FOR_REVIEW");
    }

    /** What terminal-service puts on a capture in the simulation profile: HMAC-SHA256 of "pan:" + PAN. */
    private static String terminalFingerprint(String pan) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                Base64.getDecoder().decode("t8lXFY0Xf6wVjTXKSRGs3xcAGnctNwNAboT/8TA3XaI="), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(("pan:" + pan).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private double flagged() {
        return meters.counter("posflow.settlement.cash.out.risk.flagged", "reason", "DEPOSIT_CARD_USED").count();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> openHolds() {
        return rest.getForObject("/api/v1/ops/risk-holds?status=OPEN", List.class);
    }

    private static List<ConsumerRecord<String, byte[]>> ofType(TopicRecorder out, String type, String transactionId) {
        return out.records(r -> type.equals(TopicRecorder.header(r, "ce_type"))
                && TopicRecorder.value(r).contains("\"transactionId\":\"" + transactionId + "\""));
    }

    private String onboarded() {
        String merchantNo = "8221100541" + String.format("%05d", NEXT.incrementAndGet() % 100_000);
        send(new MerchantOnboarded(merchantNo, "app-" + UUID.randomUUID(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", DeviceModel.ESIGN, SettlementSpeed.T1, null,
                SEALING.seal("13800138000", Mask.PHONE),
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal("6222020200112233445", Mask.CARD_NUMBER), "中国工商银行", null,
                        SEALING.seal("13800138000", Mask.PHONE)),
                null, Instant.parse("2026-11-22T01:00:00Z")), Topics.ONBOARDING_MERCHANTS.name());
        return merchantNo;
    }

    private static TransactionCaptured captured(String id, TransactionPurpose purpose, String serial,
                                                String merchantNo, long fen, Instant at, String fingerprint) {
        return new TransactionCaptured(id, serial, merchantNo, TransactionType.SALE, purpose, PaymentChannel.CARD,
                CardType.CREDIT, null, new CardSummary("625807", "1234"), fen, at, LocalDate.ofInstant(at, SHANGHAI),
                null, null, fingerprint, ApplicantType.PERSONAL, SettlementSpeed.T1, null);
    }

    private static void send(IntegrationEvent event) {
        send(event, TERMINAL_TRANSACTIONS);
    }

    private static void send(IntegrationEvent event, String topic) {
        producer.send(topic, event.key(), EventCatalogue.of(event).ceType(), UUID.randomUUID().toString(),
                CODEC.write(event));
    }

    private static Instant runOf(LocalDate runDate) {
        return runDate.atTime(LocalTime.of(2, 0)).atZone(SHANGHAI).toInstant();
    }

    private static List<ConsumerRecord<String, byte[]>> dayClosed(TopicRecorder out, LocalDate date) {
        return out.records(r -> DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                && date.toString().equals(r.key()));
    }

    private ResponseEntity<Map> statement(String merchantNo, LocalDate date) {
        return rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class, merchantNo, date);
    }

    /** The transaction's status on the statement of its business date; null while it is not there. */
    private String capturedStatus(String merchantNo, LocalDate date, String transactionId) {
        ResponseEntity<Map> response = statement(merchantNo, date);
        if (response.getStatusCode().value() != 200) {
            return null;
        }
        return ((List<?>) response.getBody().get("captured")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> transactionId.equals(c.get("transactionId")))
                .map(c -> (String) c.get("status")).findFirst().orElse(null);
    }

    private static String anySerialNumber() {
        return "LKLE" + String.format("%012d", NEXT.incrementAndGet());
    }

    private static String anyTransactionId() {
        return "tx-" + UUID.randomUUID();
    }
}
