package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
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

class CapturedTransactionTest {

    private static final TransactionId TX = new TransactionId("3f0c2b7e-0001");
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    // 02:00 UTC is 10:00 in Shanghai, the same calendar date
    private static final Instant CAPTURED_AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-11-22");
    private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-23");
    private static final Instant RUN_AT = Instant.parse("2026-11-22T18:00:05Z"); // 02:00:05 on the 23rd in Shanghai
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
    void S5_theDepositSwipeBecomesDepositCollectedNotASettlement() {
        fixture.givenNoPriorActivity()
                .when(capture(TransactionPurpose.DEPOSIT, 9_900))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DepositCollected(TX, SERIAL, MERCHANT, DeviceModel.ESIGN, PaymentChannel.CARD,
                        Money.ofFen(9_900), CAPTURED_AT, BUSINESS_DATE));
    }

    @Test
    void S5_theDepositBelongsToTheMerchantsDeviceModel() {
        fixture.givenNoPriorActivity()
                .when(new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, TransactionPurpose.DEPOSIT,
                        PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(29_900), CAPTURED_AT, null,
                        DeviceModel.SMART, SettlementSpeed.T1))
                .expectEvents(new DepositCollected(TX, SERIAL, MERCHANT, DeviceModel.SMART, PaymentChannel.CARD,
                        Money.ofFen(29_900), CAPTURED_AT, BUSINESS_DATE));
    }

    @Test
    void S5_aSaleIsRecordedPendingSettlement() {
        fixture.givenNoPriorActivity()
                .when(capture(TransactionPurpose.SALE, 12_345))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                        CardType.CREDIT, null, Money.ofFen(12_345), CAPTURED_AT, BUSINESS_DATE, null,
                        SettlementSpeed.T1))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.PENDING_SETTLEMENT));
    }

    @Test
    void theBusinessDateIsTheShanghaiDateOfTheCaptureTime() {
        Instant lateUtcEvening = Instant.parse("2026-11-22T17:30:00Z"); // 01:30 on the 23rd in Shanghai
        fixture.givenNoPriorActivity()
                .when(new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, TransactionPurpose.SALE,
                        PaymentChannel.QR, null, io.posflow.contracts.terminal.Wallet.WECHAT, Money.ofFen(500),
                        lateUtcEvening, null, DeviceModel.ESIGN, SettlementSpeed.T1))
                .expectEvents(new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.QR,
                        null, io.posflow.contracts.terminal.Wallet.WECHAT, Money.ofFen(500), lateUtcEvening,
                        LocalDate.parse("2026-11-23"), null, SettlementSpeed.T1));
    }

    @Test
    void aCaptureRecordedTwiceIsRecordedOnce() {
        fixture.given(new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                        CardType.CREDIT, null, Money.ofFen(12_345), CAPTURED_AT, BUSINESS_DATE, null,
                        SettlementSpeed.T1))
                .when(capture(TransactionPurpose.SALE, 12_345))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDepositSwipeRecordedTwiceIsCollectedOnce() {
        fixture.given(new DepositCollected(TX, SERIAL, MERCHANT, DeviceModel.ESIGN, PaymentChannel.CARD,
                        Money.ofFen(9_900), CAPTURED_AT, BUSINESS_DATE))
                .when(capture(TransactionPurpose.DEPOSIT, 9_900))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCapturedAmountIsPositive() {
        assertThatThrownBy(() -> capture(TransactionPurpose.SALE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordCapture capture(TransactionPurpose purpose, long amountFen) {
        return new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, purpose, PaymentChannel.CARD,
                CardType.CREDIT, null, Money.ofFen(amountFen), CAPTURED_AT, null, DeviceModel.ESIGN,
                SettlementSpeed.T1);
    }

    @Test
    void S2_aPendingSaleSettlesInItsRunWithItsFees() {
        fixture.given(recorded(CardType.CREDIT, 1_000_000, SettlementSpeed.T1))
                .when(new SettleTransaction(TX, RUN_DATE, RUN_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TransactionSettled(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                        CardType.CREDIT, null, Money.ofFen(1_000_000), Money.ofFen(6_000), Money.ZERO,
                        Money.ofFen(994_000), CAPTURED_AT, BUSINESS_DATE, RUN_DATE, SettlementSpeed.T1, null, RUN_AT))
                .expectState(t -> assertThat(t).extracting("status").isEqualTo(CaptureStatus.SETTLED));
    }

    @Test
    void S2_aQrSaleSettlesWithItsWalletsRate() {
        fixture.given(new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.QR, null,
                        Wallet.WECHAT, Money.ofFen(12_345), CAPTURED_AT, BUSINESS_DATE, null, SettlementSpeed.T1))
                .when(new SettleTransaction(TX, RUN_DATE, RUN_AT))
                .expectEvents(new TransactionSettled(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.QR,
                        null, Wallet.WECHAT, Money.ofFen(12_345), Money.ofFen(47), Money.ZERO, Money.ofFen(12_298),
                        CAPTURED_AT, BUSINESS_DATE, RUN_DATE, SettlementSpeed.T1, null, RUN_AT));
    }

    @Test
    void S2_aTransactionSettlesOnlyOnce() {
        fixture.given(recorded(CardType.CREDIT, 1_000_000, SettlementSpeed.T1),
                        new TransactionSettled(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                                CardType.CREDIT, null, Money.ofFen(1_000_000), Money.ofFen(6_000), Money.ZERO,
                                Money.ofFen(994_000), CAPTURED_AT, BUSINESS_DATE, RUN_DATE, SettlementSpeed.T1, null,
                                RUN_AT))
                .when(new SettleTransaction(TX, RUN_DATE.plusDays(1), RUN_AT.plusSeconds(86_400)))
                .expectException(TransactionAlreadySettledException.class)
                .expectNoEvents();
    }

    @Test
    void S5_theDepositSwipeIsNeverSettled() {
        fixture.given(new DepositCollected(TX, SERIAL, MERCHANT, DeviceModel.ESIGN, PaymentChannel.CARD,
                        Money.ofFen(9_900), CAPTURED_AT, BUSINESS_DATE))
                .when(new SettleTransaction(TX, RUN_DATE, RUN_AT))
                .expectException(TransactionNotSettleableException.class)
                .expectNoEvents();
    }

    @Test
    void S3_aT0SaleSettlesAtCaptureWithTheSurchargeOnItsBusinessDate() {
        fixture.givenNoPriorActivity()
                .when(new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, TransactionPurpose.SALE,
                        PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(1_000_000), CAPTURED_AT, null,
                        DeviceModel.ESIGN, SettlementSpeed.T0))
                .expectEvents(recorded(CardType.CREDIT, 1_000_000, SettlementSpeed.T0),
                        new TransactionSettled(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD,
                                CardType.CREDIT, null, Money.ofFen(1_000_000), Money.ofFen(6_000), Money.ofFen(500),
                                Money.ofFen(993_500), CAPTURED_AT, BUSINESS_DATE, BUSINESS_DATE, SettlementSpeed.T0,
                                null, CAPTURED_AT));
    }

    @Test
    void S3_aT0SaleIsNotSettledAgainByTheRun() {
        fixture.givenCommands(new RecordCapture(TX, SERIAL, MERCHANT, TransactionType.SALE, TransactionPurpose.SALE,
                        PaymentChannel.CARD, CardType.DEBIT, null, Money.ofFen(1_000), CAPTURED_AT, null,
                        DeviceModel.ESIGN, SettlementSpeed.T0))
                .when(new SettleTransaction(TX, RUN_DATE, RUN_AT))
                .expectException(TransactionAlreadySettledException.class);
    }

    private static CaptureRecorded recorded(CardType cardType, long amountFen, SettlementSpeed speed) {
        return new CaptureRecorded(TX, SERIAL, MERCHANT, TransactionType.SALE, PaymentChannel.CARD, cardType, null,
                Money.ofFen(amountFen), CAPTURED_AT, BUSINESS_DATE, null, speed);
    }
}
