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
import io.posflow.contracts.terminal.TransactionVoided;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Voids (T5) and refunds (D2, S2) through the real broker: terminal.transactions.v1 in, settlement out. */
class SettlementVoidRefundIT extends SettlementITSupport {

    /** This class's dates are 2028's (see {@link SettlementITSupport#settleFrom}). */
    @BeforeEach
    void ownDates() {
        settleFrom(Instant.parse("2028-03-01T00:00:00Z"));
    }

    @Test
    void T5_D2_aSaleVoidedOnItsBusinessDateIsNeverSettledWhileTheOtherSalesOfThatDayAre() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String voided = anyTransactionId();
        String kept = anyTransactionId();
        Instant capturedAt = clock.instant();
        LocalDate day = LocalDate.ofInstant(capturedAt, SHANGHAI);
        send(sale(voided, serial, merchant, 50_000, capturedAt));
        send(sale(kept, serial, merchant, 20_000, capturedAt));
        send(new TransactionVoided(anyTransactionId(), voided, serial, merchant, 50_000, day,
                capturedAt.plusSeconds(60)));
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, day, voided), "VOIDED"::equals);

        clock.moveTo(runOf(calendar.nextRunDayAfter(day)).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> keptSettled = await().atMost(DEADLINE)
                    .until(() -> settled(out, kept), l -> l.size() == 1).get(0);
            // Same serial, same partition: once the day is closed after the kept sale there, the run is over.
            await().atMost(DEADLINE).until(() -> dayClosed(out, day).stream().anyMatch(c ->
                    c.partition() == keptSettled.partition() && c.offset() > keptSettled.offset()));
            assertThat(settled(out, voided)).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from pending_settlement where transaction_id = ?",
                Integer.class, voided)).isZero();
    }

    @Test
    void D2_S2_aRefundSettlesInTheNextRunAsANegativeSettlementGivingBackItsShareOfTheFee() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String sale = anyTransactionId();
        String refund = anyTransactionId();
        Instant saleAt = clock.instant();
        LocalDate saleDay = LocalDate.ofInstant(saleAt, SHANGHAI);
        send(sale(sale, serial, merchant, 1_000_000, saleAt));
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, saleDay, sale) != null);
        LocalDate firstRun = calendar.nextRunDayAfter(saleDay);
        clock.moveTo(runOf(firstRun).plusSeconds(60));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            await().atMost(DEADLINE).until(() -> settled(out, sale).size() == 1);
        }

        Instant refundAt = clock.instant();
        LocalDate refundDay = LocalDate.ofInstant(refundAt, SHANGHAI);
        send(refund(refund, sale, serial, merchant, 300_000, refundAt));
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, refundDay, refund) != null);
        LocalDate refundRun = calendar.nextRunDayAfter(refundDay);
        clock.moveTo(runOf(refundRun).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> settled(out, refund), l -> l.size() == 1).get(0);
            // 0.60% of the 10,000-yuan sale was 60 yuan; refunding 3,000 yuan gives back 18 yuan.
            assertThat(CODEC.read(SETTLED_TYPE, record.value())).isEqualTo(new TransactionSettled(refund, serial,
                    merchant, TransactionType.REFUND, PaymentChannel.CARD, CardType.CREDIT, null, -300_000, -1_800,
                    0, -298_200, refundAt, refundDay, refundRun, SettlementSpeed.T1, sale));
            assertThat(record.key()).isEqualTo(serial);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = await().atMost(DEADLINE).until(
                () -> (Map<String, Object>) statement(merchant, refundRun).getBody().get("settledTotals"),
                t -> ((Number) t.get("amountFen")).longValue() == -300_000);
        assertThat(totals).containsEntry("mdrFeeFen", -1_800).containsEntry("netFen", -298_200);
    }

    @Test
    void D2_aRefundArrivingBeforeItsSaleIsKnownIsParkedAndRecordedWhenTheSaleArrives() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String sale = anyTransactionId();
        String refund = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        send(refund(refund, sale, serial, merchant, 1_000, at));
        await().atMost(DEADLINE).until(() -> parked("transaction:" + sale) == 1);
        assertThat(capturedStatus(merchant, day, refund)).isNull();

        send(sale(sale, serial, merchant, 5_000, at.minusSeconds(60)));

        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, day, refund), "PENDING_SETTLEMENT"::equals);
        assertThat(parked("transaction:" + sale)).isZero();
    }

    @Test
    void T5_aVoidArrivingAfterItsSaleSettledIsReportedAndCountedOnceAndTheSettlementStands() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String sale = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        send(sale(sale, serial, merchant, 12_300, at));
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, day, sale) != null);
        clock.moveTo(runOf(calendar.nextRunDayAfter(day)).plusSeconds(60));
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            await().atMost(DEADLINE).until(() -> settled(out, sale).size() == 1);
        }
        double before = lateVoids();

        TransactionVoided late = new TransactionVoided(anyTransactionId(), sale, serial, merchant, 12_300, day,
                at.plusSeconds(30));
        send(late);
        send(late); // redelivered under another ce_id, as a republished fact would be
        String marker = anyTransactionId();
        send(sale(marker, serial, merchant, 100, clock.instant()));

        LocalDate markerDay = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, markerDay, marker) != null);
        assertThat(lateVoids() - before).isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%VoidAfterSettlementReported'", Integer.class, sale)).isEqualTo(1);
        assertThat(capturedStatus(merchant, day, sale)).isEqualTo("SETTLED");
    }

    // --- helpers -----------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void S8_aCaptureMissingFromTheSwitchClearingFileIsHeldReportedAndPaidOnlyAfterOpsReleaseIt() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String cleared = anyTransactionId();
        String missing = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        send(sale(cleared, serial, merchant, 10_000, at));
        send(sale(missing, serial, merchant, 12_377, at)); // the simulated switch does not clear "…77 fen"
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, day, missing) != null);
        LocalDate firstRun = calendar.nextRunDayAfter(day);

        clock.moveTo(runOf(firstRun).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> paid = await().atMost(DEADLINE)
                    .until(() -> settled(out, cleared), l -> l.size() == 1).get(0);
            await().atMost(DEADLINE).until(() -> dayClosed(out, day).stream().anyMatch(c ->
                    c.partition() == paid.partition() && c.offset() > paid.offset()));
            assertThat(settled(out, missing)).as("never paid blind").isEmpty();
        }
        List<Map<String, Object>> report = rest.getForObject("/api/v1/ops/clearing/discrepancies?date=" + day,
                List.class);
        assertThat(report).filteredOn(d -> missing.equals(d.get("transactionId"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("kind", "MISSING_FROM_CLEARING")
                        .containsEntry("status", "HELD").containsEntry("capturedFen", 12_377)
                        .containsEntry("clearedFen", null));
        assertThat(report).noneMatch(d -> cleared.equals(d.get("transactionId")));
        assertThat(meters.counter("posflow.settlement.clearing.discrepancies", "kind", "MISSING_FROM_CLEARING")
                .count()).isGreaterThanOrEqualTo(1);
        // S9: the date's captures reconcile — captured = settled + held + pending — and the held one is shown.
        Map<String, Object> ofTheDay = await().atMost(DEADLINE).until(() -> (Map<String, Object>) statement(merchant, day)
                .getBody(), b -> ((Map<String, Object>) b.get("reconciliation")).get("settledFen").equals(10_000));
        assertThat((Map<String, Object>) ofTheDay.get("reconciliation")).containsEntry("capturedFen", 22_377)
                .containsEntry("heldFen", 12_377).containsEntry("pendingFen", 0).containsEntry("balanced", true);
        assertThat((List<Map<String, Object>>) ofTheDay.get("held")).singleElement().satisfies(h ->
                assertThat(h).containsEntry("transactionId", missing).containsEntry("reason", "CLEARING_DISCREPANCY"));
        Map<String, Object> ledger = await().atMost(DEADLINE).until(() -> (Map<String, Object>) statement(merchant,
                firstRun).getBody().get("ledger"), l -> Boolean.TRUE.equals(l.get("agreesWithSettled")));
        assertThat(ledger).containsEntry("balanced", true);

        ResponseEntity<List> released = rest.postForEntity("/api/v1/ops/clearing/discrepancies/" + missing
                + "/release", null, List.class);
        assertThat(released.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) released.getBody()).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("status", "RELEASED"));
        assertThat(rest.postForEntity("/api/v1/ops/clearing/discrepancies/" + missing + "/release", null,
                List.class).getStatusCode().value()).as("released twice is released once").isEqualTo(200);
        ResponseEntity<Map> unknown = rest.postForEntity("/api/v1/ops/clearing/discrepancies/" + cleared
                + "/release", null, Map.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).containsEntry("code", "NOT_FOUND");

        LocalDate nextRun = calendar.nextRunDayAfter(firstRun);
        clock.moveTo(runOf(nextRun).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), SETTLEMENT_TRANSACTIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> settled(out, missing), l -> l.size() == 1).get(0);
            assertThat(CODEC.read(SETTLED_TYPE, record.value())).extracting("settlementDate").isEqualTo(nextRun);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void S9_everySettlementIsPostedOnceToTheDoubleEntryLedgerAndTheTrialBalanceBalances() {
        String merchant = onboarded();
        String serial = anySerialNumber();
        String sale = anyTransactionId();
        Instant at = clock.instant();
        LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
        send(sale(sale, serial, merchant, 1_000_000, at));
        await().atMost(DEADLINE).until(() -> capturedStatus(merchant, day, sale) != null);

        clock.moveTo(runOf(calendar.nextRunDayAfter(day)).plusSeconds(60));

        // 0.60% of 10,000 yuan: the switch owes 1,000,000 fen, the merchant is owed 994,000, the fee is 6,000.
        List<Map<String, Object>> postings = await().atMost(DEADLINE).until(() -> jdbc.queryForList(
                "select l.account, l.side, l.amount_fen from ledger_line l where l.merchant_no = ? "
                        + "and l.kind = 'SALE_SETTLED' order by l.line_id", merchant), l -> l.size() == 3);
        assertThat(postings).extracting(r -> r.get("ACCOUNT") + " " + r.get("SIDE") + " " + r.get("AMOUNT_FEN"))
                .containsExactly("CLEARING DEBIT 1000000", "MERCHANT_PAYABLE CREDIT 994000", "FEE_REVENUE CREDIT 6000");
        Map<String, Object> trialBalance = rest.getForObject("/api/v1/ops/ledger/trial-balance", Map.class);
        assertThat(trialBalance).containsEntry("balanced", true);
        assertThat(((Number) trialBalance.get("debitFen")).longValue())
                .isEqualTo(((Number) trialBalance.get("creditFen")).longValue()).isPositive();
    }

    private double lateVoids() {
        return meters.counter("posflow.settlement.voids.after.settlement").count();
    }

    private static TransactionCaptured sale(String id, String serial, String merchantNo, long fen, Instant at) {
        return captured(id, TransactionType.SALE, null, serial, merchantNo, fen, at);
    }

    private static TransactionCaptured refund(String id, String saleId, String serial, String merchantNo, long fen,
                                              Instant at) {
        return captured(id, TransactionType.REFUND, saleId, serial, merchantNo, fen, at);
    }

    private static TransactionCaptured captured(String id, TransactionType type, String originalId, String serial,
                                                String merchantNo, long fen, Instant at) {
        return new TransactionCaptured(id, serial, merchantNo, type, TransactionPurpose.SALE, PaymentChannel.CARD,
                CardType.CREDIT, null, new CardSummary("625807", "1234"), fen, at, LocalDate.ofInstant(at, SHANGHAI),
                originalId, null, "fp-" + id, ApplicantType.PERSONAL, SettlementSpeed.T1, null);
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }

}
