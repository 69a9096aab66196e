package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.fee.FeeSchedule;
import io.posflow.settlement.domain.fee.Fees;
import io.posflow.settlement.domain.fee.RateBps;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Voids (T5) and refunds (D2, S2) of a captured sale, on the CapturedTransaction aggregate. */
class VoidAndRefundTest {

    private static final TransactionId SALE = new TransactionId("sale-0001");
    private static final TransactionId VOID = new TransactionId("void-0001");
    private static final TransactionId REFUND = new TransactionId("refund-0001");
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final Instant CAPTURED_AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-11-23");
    private static final Instant VOIDED_AT = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-24");
    private static final Instant RUN_AT = Instant.parse("2026-11-23T18:00:05Z");
    private static final Instant REFUNDED_AT = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate REFUND_DATE = LocalDate.parse("2026-11-25");
    private static final LocalDate REFUND_RUN_DATE = LocalDate.parse("2026-11-26");
    private static final Instant REFUND_RUN_AT = Instant.parse("2026-11-25T18:00:05Z");
    private static final FeeSchedule FEES = new FeeSchedule(RateBps.valueOf("0.60%"), RateBps.valueOf("0.50%"),
            Money.ofFen(2_000), RateBps.valueOf("1.00%"), RateBps.valueOf("0.38%"), RateBps.valueOf("0.38%"),
            RateBps.valueOf("0.38%"), Money.ofFen(100_000), RateBps.valueOf("0.05%"));

    private AggregateTestFixture<CapturedTransaction> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CapturedTransaction.class);
        fixture.registerInjectableResource(FEES);
        fixture.registerInjectableResource(BusinessDay.SHANGHAI);
    }

    // --- VOID (T5) ---------------------------------------------------------------------------------

    @Test
    void T5_aVoidCancelsThePendingSale() {
        fixture.given(saleRecorded(12_345))
                .when(new VoidSale(SALE, VOID, VOIDED_AT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(VoidOutcome.VOIDED)
                .expectEvents(new SaleVoided(SALE, VOID, SERIAL, MERCHANT, Money.ofFen(12_345), BUSINESS_DATE,
                        VOIDED_AT))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.VOIDED));
    }

    @Test
    void T5_aVoidedSaleIsNeverSettledByTheRun() {
        fixture.given(saleRecorded(12_345), voided(12_345))
                .when(new SettleTransaction(SALE, RUN_DATE, RUN_AT))
                .expectException(TransactionNotSettleableException.class)
                .expectNoEvents();
    }

    @Test
    void T5_aVoidDeliveredAgainChangesNothing() {
        fixture.given(saleRecorded(12_345), voided(12_345))
                .when(new VoidSale(SALE, VOID, VOIDED_AT))
                .expectResultMessagePayload(VoidOutcome.ALREADY_VOIDED)
                .expectNoEvents();
    }

    @Test
    void T5_aVoidArrivingAfterItsSaleSettledIsReportedAndTheSettlementStands() {
        fixture.given(saleRecorded(12_345), saleSettled(12_345, 74))
                .when(new VoidSale(SALE, VOID, VOIDED_AT))
                .expectResultMessagePayload(VoidOutcome.REPORTED_AFTER_SETTLEMENT)
                .expectEvents(new VoidAfterSettlementReported(SALE, VOID, SERIAL, MERCHANT, Money.ofFen(12_345),
                        RUN_DATE, VOIDED_AT))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.SETTLED));
    }

    @Test
    void T5_aLateVoidIsReportedOnceHoweverOftenItIsDelivered() {
        fixture.given(saleRecorded(12_345), saleSettled(12_345, 74),
                        new VoidAfterSettlementReported(SALE, VOID, SERIAL, MERCHANT, Money.ofFen(12_345), RUN_DATE,
                                VOIDED_AT))
                .when(new VoidSale(SALE, VOID, VOIDED_AT))
                .expectResultMessagePayload(VoidOutcome.ALREADY_REPORTED)
                .expectNoEvents();
    }

    @Test
    void T5_S5_aVoidNamingTheDepositSwipeChangesNothing() {
        fixture.given(new DepositCollected(SALE, SERIAL, MERCHANT, DeviceModel.ESIGN, PaymentChannel.CARD,
                        Money.ofFen(9_900), CAPTURED_AT, BUSINESS_DATE))
                .when(new VoidSale(SALE, VOID, VOIDED_AT))
                .expectResultMessagePayload(VoidOutcome.NOT_VOIDABLE)
                .expectNoEvents();
    }

    // --- REFUND (D2, S2) ---------------------------------------------------------------------------

    @Test
    void D2_aRefundIsRecordedToSettleInTheNextRunEvenForAT0Merchant() {
        fixture.givenNoPriorActivity()
                .when(refundCapture(5_000, SettlementSpeed.T0))
                .expectEvents(refundRecorded(5_000, SettlementSpeed.T0))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.PENDING_SETTLEMENT));
    }

    @Test
    void D2_aRefundSettlesNegativeGivingBackItsShareOfTheSalesFee() {
        // The sale: 1,000.00 yuan on credit, fee 6.00 yuan. Refunding 333.33 yuan gives back 1.99998 → 2.00 yuan.
        fixture.given(refundRecorded(33_333, SettlementSpeed.T1))
                .when(settleRefund(saleFees(100_000, 600, 0), 0))
                .expectResultMessagePayload(RefundOutcome.SETTLED)
                .expectEvents(refundSettled(-33_333, -200, 0, SettlementSpeed.T1))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.SETTLED));
    }

    @Test
    void D2_refundsAddingUpToTheWholeSaleGiveBackExactlyItsFeeAndSurcharge() {
        // T0 sale 100.01 yuan on credit: fee 60 fen (60.006), surcharge 5 fen (5.0005). Three refunds of it.
        Fees sale = saleFees(10_001, 60, 5);
        fixture.given(refundRecorded(3_333, SettlementSpeed.T0))
                .when(settleRefund(sale, 0))
                .expectEvents(refundSettled(-3_333, -20, -2, SettlementSpeed.T0));
        fixture.given(refundRecorded(3_334, SettlementSpeed.T0))
                .when(settleRefund(sale, 3_333))
                .expectEvents(refundSettled(-3_334, -20, -1, SettlementSpeed.T0));
        fixture.given(refundRecorded(3_334, SettlementSpeed.T0))
                .when(settleRefund(sale, 6_667))
                .expectEvents(refundSettled(-3_334, -20, -2, SettlementSpeed.T0)); // 20+20+20 = 60, 2+1+2 = 5
    }

    @Test
    void D2_S1_aFullRefundOfACappedDebitSaleGivesBackTheCapNotTheRate() {
        // 5,000 yuan on debit: 0.50% would be 25 yuan, the cap makes it 20 yuan; the refund returns 20 yuan.
        fixture.given(refundRecorded(500_000, SettlementSpeed.T1))
                .when(settleRefund(saleFees(500_000, 2_000, 0), 0))
                .expectEvents(refundSettled(-500_000, -2_000, 0, SettlementSpeed.T1));
    }

    @Test
    void D2_aRefundThatWouldExceedItsSaleIsLeftPendingWithoutFailingTheRun() {
        fixture.given(refundRecorded(5_000, SettlementSpeed.T1))
                .when(settleRefund(saleFees(10_000, 60, 0), 6_000))
                .expectResultMessagePayload(RefundOutcome.EXCEEDS_ORIGINAL)
                .expectNoEvents()
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.PENDING_SETTLEMENT));
    }

    @Test
    void D2_aRefundSettlesOnce() {
        fixture.given(refundRecorded(5_000, SettlementSpeed.T1), refundSettled(-5_000, -30, 0, SettlementSpeed.T1))
                .when(settleRefund(saleFees(10_000, 60, 0), 5_000))
                .expectResultMessagePayload(RefundOutcome.ALREADY_SETTLED)
                .expectNoEvents();
    }

    @Test
    void D2_aRefundIsNotSettledAsASale() {
        fixture.given(refundRecorded(5_000, SettlementSpeed.T1))
                .when(new SettleTransaction(REFUND, REFUND_RUN_DATE, REFUND_RUN_AT))
                .expectException(TransactionNotSettleableException.class);
    }

    // --- fixtures ----------------------------------------------------------------------------------

    private static CaptureRecorded saleRecorded(long amountFen) {
        return new CaptureRecorded(SALE, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT,
                null, Money.ofFen(amountFen), CAPTURED_AT, BUSINESS_DATE, null, SettlementSpeed.T1);
    }

    private static SaleVoided voided(long amountFen) {
        return new SaleVoided(SALE, VOID, SERIAL, MERCHANT, Money.ofFen(amountFen), BUSINESS_DATE, VOIDED_AT);
    }

    private static TransactionSettled saleSettled(long amountFen, long feeFen) {
        return new TransactionSettled(SALE, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                CardType.CREDIT, null, Money.ofFen(amountFen), Money.ofFen(feeFen), Money.ZERO,
                Money.ofFen(amountFen - feeFen), CAPTURED_AT, BUSINESS_DATE, RUN_DATE, SettlementSpeed.T1, null,
                RUN_AT);
    }

    private static RecordCapture refundCapture(long amountFen, SettlementSpeed speed) {
        return new RecordCapture(REFUND, SERIAL, MERCHANT, TransactionType.REFUND, TransactionPurpose.SALE,
                PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(amountFen), REFUNDED_AT, SALE,
                DeviceModel.ESIGN, speed);
    }

    private static CaptureRecorded refundRecorded(long amountFen, SettlementSpeed speed) {
        return new CaptureRecorded(REFUND, SERIAL, MERCHANT, TransactionType.REFUND, PaymentChannel.CARD,
                CardType.CREDIT, null, Money.ofFen(amountFen), REFUNDED_AT, REFUND_DATE, SALE, speed);
    }

    private static Fees saleFees(long amountFen, long mdrFeeFen, long surchargeFen) {
        return new Fees(Money.ofFen(amountFen), Money.ofFen(mdrFeeFen), Money.ofFen(surchargeFen),
                Money.ofFen(amountFen - mdrFeeFen - surchargeFen));
    }

    private static SettleRefund settleRefund(Fees sale, long refundedBeforeFen) {
        return new SettleRefund(REFUND, SALE, sale, Money.ofFen(refundedBeforeFen), REFUND_RUN_DATE, REFUND_RUN_AT);
    }

    private static TransactionSettled refundSettled(long amountFen, long mdrFeeFen, long surchargeFen,
                                                    SettlementSpeed speed) {
        return new TransactionSettled(REFUND, SERIAL, MERCHANT, TransactionType.REFUND, PaymentChannel.CARD,
                CardType.CREDIT, null, Money.ofFen(amountFen), Money.ofFen(mdrFeeFen), Money.ofFen(surchargeFen),
                Money.ofFen(amountFen - mdrFeeFen - surchargeFen), REFUNDED_AT, REFUND_DATE, REFUND_RUN_DATE, speed,
                SALE, REFUND_RUN_AT);
    }
}
