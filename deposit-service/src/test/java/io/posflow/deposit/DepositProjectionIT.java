package io.posflow.deposit;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.projection.TopicProjection;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.posflow.deposit.DepositTestMessages.anySerialNumber;
import static io.posflow.deposit.DepositTestMessages.depositCollected;
import static io.posflow.deposit.DepositTestMessages.settlementDayClosed;
import static io.posflow.deposit.DepositTestMessages.terminalReplaced;
import static io.posflow.deposit.DepositTestMessages.transactionSettled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deposit projection against a real broker and database (D2–D6): exactly once through duplicates,
 * restarts and a replacement, proven by a rebuild that comes out the same; the refund triggered once; the
 * per-model policy (SMART here: credit only, refund on request, 1,000,000 fen within 30 days).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "posflow.deposit.models.SMART.target-fen=1000000",
        "posflow.deposit.models.SMART.window-days=30",
        "posflow.deposit.models.SMART.qualifying=CREDIT_ONLY",
        "posflow.deposit.models.SMART.refund-mode=ON_REQUEST"})
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class DepositProjectionIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SETTLEMENT = Topics.SETTLEMENT_TRANSACTIONS.name();
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String DEPOSITS = Topics.DEPOSIT_DEPOSITS.name();
    private static final String PAYOUTS = Topics.SETTLEMENT_PAYOUTS.name();
    private static final int PARTITIONS = Topics.SETTLEMENT_TRANSACTIONS.partitions();
    private static DepositTestMessages messages;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void topicsExist() {
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
    TopicProjection<?> projection;

    @Test
    void D5_aWorkloadWithDuplicatesARestartRefundsAndAReplacementCountsEachSettlementOnceAndRebuildsTheSame() {
        String first = openedDeposit(DeviceModel.ESIGN);
        String second = openedDeposit(DeviceModel.ESIGN);
        String replacement = anySerialNumber();
        String sale = "sale-" + UUID.randomUUID();
        messages.send(SETTLEMENT, transactionSettled(first, sale, 300_000, inWindow()));
        messages.send(SETTLEMENT, transactionSettled(first, sale, 300_000, inWindow()));
        messages.send(SETTLEMENT, transactionSettled(first, "refund-" + UUID.randomUUID(), -50_000, inWindow()));
        messages.send(SETTLEMENT, transactionSettled(second, "sale-" + UUID.randomUUID(), 120_000, inWindow()));

        // The projection stops between two settlements of one terminal; what it read before is not read again.
        projection.stop();
        messages.send(SETTLEMENT, transactionSettled(first, sale, 300_000, inWindow()));
        messages.send(SETTLEMENT, transactionSettled(second, "sale-" + UUID.randomUUID(), 80_000, inWindow()));
        projection.start();

        // T8: the second terminal is replaced; the replacement's sales (and a duplicate of one) count for it.
        messages.send(TERMINALS, terminalReplaced(second, replacement, clock.instant()));
        String replacementSale = "sale-" + UUID.randomUUID();
        messages.send(SETTLEMENT, transactionSettled(replacement, replacementSale, 45_600, inWindow()));
        RecordMetadata last = messages.send(SETTLEMENT, transactionSettled(replacement, replacementSale, 45_600,
                inWindow()));

        await().atMost(DEADLINE).until(() -> deposit(replacement),
                v -> v != null && Integer.valueOf(245_600).equals(v.get("qualifyingVolumeFen")));
        await().atMost(DEADLINE).until(() -> folded(last));
        assertThat(deposit(first)).containsEntry("qualifyingVolumeFen", 250_000).containsEntry("transactionCount", 2);
        assertThat(deposit(second)).containsEntry("qualifyingVolumeFen", 245_600).containsEntry("transactionCount", 3);

        Map<String, Object> report = rebuild();
        assertThat(report).containsEntry("identical", true).containsEntry("differenceCount", 0);
        assertThat(((Number) report.get("recordsReplayed")).longValue()).isGreaterThanOrEqualTo(10);
        assertThat((List<?>) report.get("differences")).isEmpty();
    }

    @Test
    void D5_aRebuildReportsWhereTheLiveProjectionDiffersFromTheTopic() {
        String serial = openedDeposit(DeviceModel.ESIGN);
        RecordMetadata sale = messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(),
                70_000, inWindow()));
        await().atMost(DEADLINE).until(() -> folded(sale));
        jdbc.update("update deposit_volume set volume_fen = volume_fen + 1 where deposit_id = ?", serial);

        Map<String, Object> report;
        try {
            report = rebuild();
        } finally {
            jdbc.update("update deposit_volume set volume_fen = volume_fen - 1 where deposit_id = ?", serial);
        }

        assertThat(report).containsEntry("identical", false).containsEntry("differenceCount", 1);
        assertThat((List<Map<String, Object>>) report.get("differences")).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("serialNumber", serial).containsEntry("field", "volume");
            assertThat((String) d.get("live")).startsWith("[70001, 1");
            assertThat((String) d.get("rebuilt")).startsWith("[70000, 1");
        });
    }

    @Test
    void D3_duplicatesOfTheSaleThatReachesTheTargetAcrossARestartTriggerTheRefundOnce() {
        String serial = openedDeposit(DeviceModel.ESIGN);
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 9_000_000, inWindow()));
        TransactionSettled crossing = transactionSettled(serial, "sale-" + UUID.randomUUID(), 1_000_000, inWindow());
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            messages.send(SETTLEMENT, crossing);
            messages.send(SETTLEMENT, crossing);
            projection.stop();
            messages.send(SETTLEMENT, crossing);
            projection.start();
            RecordMetadata last = messages.send(SETTLEMENT, crossing);

            await().atMost(DEADLINE).until(() -> folded(last));
            await().atMost(DEADLINE).until(() -> published(out, serial, "DepositRefundTriggered"), l -> l.size() == 1);
        }
        assertThat(deposit(serial)).containsEntry("status", "REFUND_TRIGGERED")
                .containsEntry("qualifyingVolumeFen", 10_000_000).containsEntry("transactionCount", 2);
        assertThat(storedEvents(serial, "DepositRefundTriggered")).isEqualTo(1);
    }

    @Test
    void D3_S6_aRefundPayoutThatFailedIsRetriedBySettlementAndRefundsTheDepositOnceWithOneSms() {
        String merchantNo = DepositTestMessages.anyMerchantNo();
        String phone = "1390000" + (1000 + new java.util.Random().nextInt(9000));
        messages.send(Topics.ONBOARDING_MERCHANTS.name(), DepositTestMessages.merchantOnboarded(merchantNo, phone));
        String serial = anySerialNumber();
        messages.send(SETTLEMENT, DepositTestMessages.depositCollected(serial, merchantNo, DeviceModel.ESIGN,
                clock.instant().minus(Duration.ofDays(1))));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 10_000_000, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null && "REFUND_TRIGGERED".equals(v.get("status")));

        String payoutId = "payout-" + UUID.randomUUID();
        LocalDate today = shanghaiDate(clock.instant());
        for (int attempt = 1; attempt <= 2; attempt++) {
            messages.send(PAYOUTS, new PayoutFailed(payoutId, merchantNo, PayoutPurpose.DEPOSIT_REFUND, serial, 9_900,
                    today, "BANK_UNAVAILABLE", attempt, clock.instant()));
        }
        await().atMost(DEADLINE).until(() -> storedEvents(serial, "RefundPayoutFailed") == 2);
        assertThat(deposit(serial)).containsEntry("status", "REFUND_TRIGGERED");

        PayoutCompleted paid = new PayoutCompleted(payoutId, merchantNo, PayoutPurpose.DEPOSIT_REFUND, serial, 9_900,
                today, clock.instant());
        messages.send(PAYOUTS, paid);
        messages.send(PAYOUTS, paid);
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "REFUNDED".equals(v.get("status")));
        List<Map<String, Object>> sms = await().atMost(DEADLINE).until(() -> sms(phone), l -> !l.isEmpty());
        assertThat(sms).extracting(m -> m.get("text")).containsExactly("【posflow】您的终端押金99.00元已退还至结算账户。");
        assertThat(storedEvents(serial, "DepositRefunded")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sms(String phone) {
        return rest.getForObject("/api/v1/simulation/sms?phone=" + phone, List.class);
    }

    @Test
    void D3_withRefundsOnRequestReachingTheTargetWaitsForTheMerchantWhoseRequestTriggersTheRefundOnce() {
        String serial = openedDeposit(DeviceModel.SMART);
        RecordMetadata sale = messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(),
                1_000_000, inWindow()));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> Boolean.TRUE.equals(v.get("targetReached")));
        assertThat(folded(sale)).isTrue();
        assertThat(deposit(serial)).containsEntry("status", "HELD").containsEntry("refundMode", "ON_REQUEST")
                .containsEntry("remainingFen", 0);
        assertThat(storedEvents(serial, "DepositRefundTriggered")).isZero();

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            ResponseEntity<Map> asked = requestRefund(serial);
            assertThat(asked.getStatusCode().value()).isEqualTo(200);
            assertThat(asked.getBody()).containsEntry("status", "REFUND_TRIGGERED");
            assertThat(requestRefund(serial).getBody()).containsEntry("status", "REFUND_TRIGGERED");
            await().atMost(DEADLINE).until(() -> published(out, serial, "DepositRefundTriggered"), l -> l.size() == 1);
        }
        assertThat(storedEvents(serial, "DepositRefundTriggered")).isEqualTo(1);
    }

    @Test
    void D3_aRefundRequestIsRefusedForAnAutomaticPolicyShortOfTheTargetOrAnUnknownTerminal() {
        String automatic = openedDeposit(DeviceModel.ESIGN);
        String short_ = openedDeposit(DeviceModel.SMART);

        ResponseEntity<Map> refused = requestRefund(automatic);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).containsEntry("code", "REFUND_AUTOMATIC");
        assertThat(requestRefund(short_).getBody()).containsEntry("code", "TARGET_NOT_REACHED");
        assertThat(requestRefund(anySerialNumber()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void D2_aCreditOnlyPolicyCountsCreditCardSalesButNotDebitCardsOrQr() {
        String serial = openedDeposit(DeviceModel.SMART);
        messages.send(SETTLEMENT, settled(serial, PaymentChannel.CARD, CardType.DEBIT, null, 111_111));
        messages.send(SETTLEMENT, settled(serial, PaymentChannel.QR, null, Wallet.ALIPAY, 222_222));
        messages.send(SETTLEMENT, settled(serial, PaymentChannel.CARD, CardType.OVERSEAS, null, 3_000));
        RecordMetadata last = messages.send(SETTLEMENT, settled(serial, PaymentChannel.CARD, CardType.CREDIT, null,
                40_000));

        await().atMost(DEADLINE).until(() -> folded(last));
        assertThat(deposit(serial)).containsEntry("qualifyingVolumeFen", 43_000).containsEntry("transactionCount", 2);
    }

    @Test
    void D6_theMerchantSeesVolumeCountDaysLeftAndTheVolumeOfEachShanghaiDay() {
        String serial = anySerialNumber();
        Instant swipe = clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, swipe));
        Instant dayOne = swipe.plus(Duration.ofHours(1));
        Instant dayTwo = dayOne.plus(Duration.ofDays(1));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 10_000, dayOne));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 20_000, dayTwo));
        RecordMetadata last = messages.send(SETTLEMENT, transactionSettled(serial, "refund-" + UUID.randomUUID(),
                -5_000, dayTwo));

        await().atMost(DEADLINE).until(() -> folded(last) && deposit(serial) != null);
        Map<String, Object> view = deposit(serial);
        assertThat(view).containsEntry("qualifyingVolumeFen", 25_000).containsEntry("remainingFen", 9_975_000)
                .containsEntry("transactionCount", 3).containsEntry("daysLeft", 57).containsEntry("status", "HELD");
        assertThat((List<Map<String, Object>>) view.get("dailyVolumes")).containsExactly(
                Map.of("date", shanghaiDate(dayOne).toString(), "volumeFen", 10_000, "transactionCount", 1),
                Map.of("date", shanghaiDate(dayTwo).toString(), "volumeFen", 15_000, "transactionCount", 2));
    }

    @Test
    void D4_inWindowSalesSettledLateByAHolidayCountAndTheClosureSeenAcrossARestartForfeitsOnceWhatSettlesAfterIsNotCounted() {
        // Well after any business date closed on the shared topic before; the window ended three days ago and
        // settlement, closed for the holiday, runs only now.
        simulationClock.moveTo(clock.instant().plus(Duration.ofDays(400)));
        String serial = anySerialNumber();
        Instant swipe = clock.instant().minus(Duration.ofDays(63)).truncatedTo(ChronoUnit.SECONDS);
        messages.send(SETTLEMENT, depositCollected(serial, DeviceModel.ESIGN, swipe));
        Instant windowEnd = swipe.plus(Duration.ofDays(60));
        LocalDate endDate = shanghaiDate(windowEnd);
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 40_000,
                windowEnd.minusSeconds(30)));
        messages.send(SETTLEMENT, transactionSettled(serial, "sale-" + UUID.randomUUID(), 2_000,
                windowEnd.minus(Duration.ofDays(2))));
        messages.send(SETTLEMENT, transactionSettled(serial, "late-" + UUID.randomUUID(), 999, windowEnd));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), DEPOSITS)) {
            closeDay(endDate, IntStream.range(0, PARTITIONS / 2));
            projection.stop();
            projection.start();
            closeDay(endDate, IntStream.range(PARTITIONS / 2, PARTITIONS));

            await().atMost(DEADLINE).until(() -> published(out, serial, "DepositForfeited"), l -> l.size() == 1);
            // An in-window sale released from a hold after the closure is reported, not counted.
            RecordMetadata released = messages.send(SETTLEMENT, transactionSettled(serial,
                    "released-" + UUID.randomUUID(), 500_000, windowEnd.minus(Duration.ofDays(1))));
            await().atMost(DEADLINE).until(() -> folded(released));
            assertThat(published(out, serial, "DepositForfeited")).hasSize(1);
        }
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "FORFEITED".equals(v.get("status")));
        assertThat(deposit(serial)).containsEntry("qualifyingVolumeFen", 42_000).containsEntry("transactionCount", 2);
        assertThat(jdbc.queryForObject("select count(*) from deposit_counted where deposit_id = ?", Integer.class,
                serial)).as("D5: the dedup set of a closed window is pruned").isZero();
        assertThat(storedEvents(serial, "DepositForfeited")).isEqualTo(1);
    }

    private TransactionSettled settled(String serial, PaymentChannel channel, CardType cardType, Wallet wallet,
                                       long amountFen) {
        Instant capturedAt = inWindow();
        LocalDate date = shanghaiDate(capturedAt);
        return new TransactionSettled("sale-" + UUID.randomUUID(), serial, DepositTestMessages.MERCHANT_NO,
                TransactionType.SALE, channel, cardType, wallet, amountFen, 0, 0, amountFen, capturedAt, date,
                date.plusDays(1), SettlementSpeed.T1, null);
    }

    private void closeDay(LocalDate businessDate, IntStream partitions) {
        partitions.forEach(p -> messages.sendToPartition(SETTLEMENT, p,
                settlementDayClosed(businessDate, clock.instant())));
    }

    private String openedDeposit(DeviceModel model) {
        String serial = anySerialNumber();
        messages.send(SETTLEMENT, depositCollected(serial, model, clock.instant().minus(Duration.ofDays(1))));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);
        return serial;
    }

    private Instant inWindow() {
        return clock.instant().minus(Duration.ofHours(1));
    }

    private static LocalDate shanghaiDate(Instant instant) {
        return instant.atZone(DepositTestMessages.SHANGHAI).toLocalDate();
    }

    private boolean folded(RecordMetadata record) {
        List<Long> next = jdbc.queryForList("select next_offset from topic_projection_offset where projection_name = "
                + "'deposit' and topic = ? and partition_no = ?", Long.class, record.topic(), record.partition());
        return !next.isEmpty() && next.get(0) > record.offset();
    }

    private int storedEvents(String serial, String event) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like ?", Integer.class, serial, "%" + event);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rebuild() {
        return rest.postForObject("/api/v1/deposits/projection/rebuild", null, Map.class);
    }

    private ResponseEntity<Map> requestRefund(String serial) {
        return rest.postForEntity("/api/v1/deposits/" + serial + "/refund-request", null, Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deposit(String serial) {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/deposits/" + serial, Map.class);
        return response.getStatusCode().value() == 200 ? response.getBody() : null;
    }

    private static List<ConsumerRecord<String, byte[]>> published(TopicRecorder out, String serial, String event) {
        return out.records(r -> serial.equals(r.key())
                && ("posflow.deposit." + event + ".v1").equals(TopicRecorder.header(r, "ce_type")));
    }
}
