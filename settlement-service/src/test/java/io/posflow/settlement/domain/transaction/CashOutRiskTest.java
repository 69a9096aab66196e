package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.fee.FeeSchedule;
import io.posflow.settlement.domain.fee.RateBps;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Self-swipe (套现) holds (S7) on the CapturedTransaction aggregate. */
class CashOutRiskTest {

    private static final TransactionId TX = new TransactionId("sale-0001");
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final Instant CAPTURED_AT = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-11-23");
    private static final Instant DECIDED_AT = Instant.parse("2026-11-24T03:00:00Z");
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

    @Test
    void S7_aSaleOnTheMerchantsOwnCardIsFlaggedAndHeldInsteadOfWaitingForTheRun() {
        fixture.givenNoPriorActivity()
                .when(capture(TransactionPurpose.SALE, 50_000, SettlementSpeed.T1, CashOutRiskReason.DEPOSIT_CARD_USED))
                .expectEvents(recorded(SettlementSpeed.T1), flagged())
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.HELD_FOR_REVIEW));
    }

    @Test
    void S7_S3_aFlaggedT0SaleIsNotSettledAtCapture() {
        fixture.givenNoPriorActivity()
                .when(capture(TransactionPurpose.SALE, 50_000, SettlementSpeed.T0, CashOutRiskReason.DEPOSIT_CARD_USED))
                .expectEvents(recorded(SettlementSpeed.T0), flagged());
    }

    @Test
    void S7_aHeldSaleIsNotSettledByTheRun() {
        fixture.given(recorded(SettlementSpeed.T1), flagged())
                .when(new SettleTransaction(TX, BUSINESS_DATE.plusDays(1), DECIDED_AT))
                .expectException(TransactionNotSettleableException.class);
    }

    @Test
    void S7_aReleasedSaleWaitsForTheNextRunAndThenSettles() {
        fixture.given(recorded(SettlementSpeed.T1), flagged())
                .when(new ReviewCashOutHold(TX, true, DECIDED_AT))
                .expectEvents(new CashOutHoldReleased(TX, MERCHANT, BUSINESS_DATE, CAPTURED_AT, SettlementSpeed.T1,
                        DECIDED_AT))
                .expectResultMessagePayload(CaptureStatus.PENDING_SETTLEMENT);
        fixture.given(recorded(SettlementSpeed.T1), flagged(), new CashOutHoldReleased(TX, MERCHANT, BUSINESS_DATE,
                        CAPTURED_AT, SettlementSpeed.T1, DECIDED_AT))
                .when(new SettleTransaction(TX, LocalDate.parse("2026-11-25"), DECIDED_AT.plusSeconds(86_400)))
                .expectSuccessfulHandlerExecution()
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.SETTLED));
    }

    @Test
    void S7_aRejectedSaleIsNeverPaid() {
        fixture.given(recorded(SettlementSpeed.T1), flagged())
                .when(new ReviewCashOutHold(TX, false, DECIDED_AT))
                .expectEvents(new CashOutHoldRejected(TX, MERCHANT, DECIDED_AT))
                .expectResultMessagePayload(CaptureStatus.REJECTED);
        fixture.given(recorded(SettlementSpeed.T1), flagged(), new CashOutHoldRejected(TX, MERCHANT, DECIDED_AT))
                .when(new SettleTransaction(TX, LocalDate.parse("2026-11-25"), DECIDED_AT))
                .expectException(TransactionNotSettleableException.class);
    }

    @Test
    void S7_theSameDecisionAgainChangesNothingAndTheOtherIsRefused() {
        fixture.given(recorded(SettlementSpeed.T1), flagged(), new CashOutHoldRejected(TX, MERCHANT, DECIDED_AT))
                .when(new ReviewCashOutHold(TX, false, DECIDED_AT.plusSeconds(5)))
                .expectNoEvents()
                .expectResultMessagePayload(CaptureStatus.REJECTED);
        fixture.given(recorded(SettlementSpeed.T1), flagged(), new CashOutHoldRejected(TX, MERCHANT, DECIDED_AT))
                .when(new ReviewCashOutHold(TX, true, DECIDED_AT.plusSeconds(5)))
                .expectException(HoldAlreadyDecidedException.class);
        fixture.given(recorded(SettlementSpeed.T1), flagged(), new CashOutHoldReleased(TX, MERCHANT, BUSINESS_DATE,
                        CAPTURED_AT, SettlementSpeed.T1, DECIDED_AT))
                .when(new ReviewCashOutHold(TX, false, DECIDED_AT.plusSeconds(5)))
                .expectException(HoldAlreadyDecidedException.class);
    }

    @Test
    void S7_aSaleThatWasNotHeldCannotBeReleased() {
        fixture.given(recorded(SettlementSpeed.T1))
                .when(new ReviewCashOutHold(TX, true, DECIDED_AT))
                .expectException(NotHeldException.class);
    }

    @Test
    void S7_T5_aHeldSaleCanStillBeVoided() {
        fixture.given(recorded(SettlementSpeed.T1), flagged())
                .when(new VoidSale(TX, new TransactionId("void-1"), DECIDED_AT))
                .expectResultMessagePayload(VoidOutcome.VOIDED);
    }

    @Test
    void S7_onlyASaleIsHeldAsASelfSwipe() {
        assertThatThrownBy(() -> capture(TransactionPurpose.DEPOSIT, 9_900, SettlementSpeed.T1,
                CashOutRiskReason.DEPOSIT_CARD_USED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordCapture capture(TransactionPurpose purpose, long fen, SettlementSpeed speed,
                                         CashOutRiskReason risk) {
        return new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, purpose, PaymentChannel.CARD,
                CardType.CREDIT, null, Money.ofFen(fen), CAPTURED_AT, null, DeviceModel.ESIGN, speed, risk);
    }

    private static CaptureRecorded recorded(SettlementSpeed speed) {
        return new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT,
                null, Money.ofFen(50_000), CAPTURED_AT, BUSINESS_DATE, null, speed);
    }

    private static CashOutRiskFlagged flagged() {
        return new CashOutRiskFlagged(TX, SERIAL, MERCHANT, Money.ofFen(50_000), CashOutRiskReason.DEPOSIT_CARD_USED,
                BUSINESS_DATE, CAPTURED_AT);
    }
}
