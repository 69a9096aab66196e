package io.posflow.settlement;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.SettlementSpeed;
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
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Self-swipe holds (S7) through the real broker and the ops REST endpoints. */
class SettlementCashOutRiskIT extends SettlementITSupport {

    private static final String FLAGGED_TYPE = "posflow.settlement.CashOutRiskFlagged.v1";

    /** This class's dates are 2027's (see {@link SettlementITSupport#settleFrom}). */
    @BeforeEach
    void ownDates() {
        settleFrom(Instant.parse("2027-03-01T00:00:00Z"));
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

    private static TransactionCaptured captured(String id, TransactionPurpose purpose, String serial,
                                                String merchantNo, long fen, Instant at, String fingerprint) {
        return new TransactionCaptured(id, serial, merchantNo, TransactionType.SALE, purpose, PaymentChannel.CARD,
                CardType.CREDIT, null, new CardSummary("625807", "1234"), fen, at, LocalDate.ofInstant(at, SHANGHAI),
                null, null, fingerprint, ApplicantType.PERSONAL, SettlementSpeed.T1, null);
    }

}
