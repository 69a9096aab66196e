package io.posflow.settlement.domain.fee;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.Wallet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeScheduleTest {

    /** The defaults of DESIGN S1/S3, as application.yml sets them. */
    static final FeeSchedule DEFAULTS = new FeeSchedule(RateBps.valueOf("0.60%"), RateBps.valueOf("0.50%"),
            Money.ofFen(2_000), RateBps.valueOf("1.00%"), RateBps.valueOf("0.38%"), RateBps.valueOf("0.38%"),
            RateBps.valueOf("0.38%"), Money.ofFen(100_000), RateBps.valueOf("0.05%"));

    @Test
    void S1_aCreditCardPaysSixtyBasisPointsOfTheWholeAmount() {
        assertThat(mdr(card(CardType.CREDIT), 1_000_000)).isEqualTo(6_000);
    }

    @Test
    void S1_aDebitCardPaysFiftyBasisPoints() {
        assertThat(mdr(card(CardType.DEBIT), 100_000)).isEqualTo(500);
    }

    @Test
    void S1_aDebitCardPaysAtMostTwentyYuan() {
        assertThat(mdr(card(CardType.DEBIT), 400_000)).isEqualTo(2_000); // exactly at the cap
        assertThat(mdr(card(CardType.DEBIT), 400_100)).isEqualTo(2_000); // 2,000.5 capped
        assertThat(mdr(card(CardType.DEBIT), 5_000_000)).isEqualTo(2_000);
    }

    @Test
    void S1_anOverseasCardPaysOnePercent() {
        assertThat(mdr(card(CardType.OVERSEAS), 123_456)).isEqualTo(1_235); // 1,234.56 rounds up
    }

    @Test
    void S1_weChatAndAlipayPayThirtyEightBasisPoints() {
        assertThat(mdr(qr(Wallet.WECHAT, null), 100_000)).isEqualTo(380);
        assertThat(mdr(qr(Wallet.ALIPAY, null), 250_000)).isEqualTo(950);
    }

    @Test
    void S1_unionPayQrPaysThirtyEightBasisPointsUpToAThousandYuanInclusive() {
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.CREDIT), 100_000)).isEqualTo(380);
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.DEBIT), 100_000)).isEqualTo(380);
    }

    @Test
    void S1_unionPayQrAboveAThousandYuanPaysTheCreditRateUnlessFundedByDebit() {
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.CREDIT), 100_001)).isEqualTo(600); // 600.006
        assertThat(mdr(qr(Wallet.UNIONPAY, null), 100_001)).isEqualTo(600);
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.OVERSEAS), 100_001)).isEqualTo(600);
    }

    @Test
    void S1_unionPayQrAboveAThousandYuanFundedByDebitPaysTheDebitRuleWithItsCap() {
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.DEBIT), 100_001)).isEqualTo(500); // 500.005 rounds to 500
        assertThat(mdr(qr(Wallet.UNIONPAY, CardType.DEBIT), 1_000_000)).isEqualTo(2_000);
    }

    @ParameterizedTest(name = "{0} fen at 0.60% is {1} fen")
    @CsvSource({
            "75, 0",      // 0.45
            "84, 1",      // 0.504
            "125, 1",     // 0.75
            "250, 2",     // 1.5, half-up
            "2_075, 12",  // 12.45
            "2_500, 15",  // exactly 15
    })
    void S1_feesRoundToTheNearestFen(String amountFen, long feeFen) {
        assertThat(mdr(card(CardType.CREDIT), Long.parseLong(amountFen.replace("_", "")))).isEqualTo(feeFen);
    }

    @Test
    void S1_aFeeOfExactlyHalfAFenRoundsUp() {
        // 0.50% of 100 fen is 0.5 fen, of 300 fen 1.5 fen; 1.00% of 50 fen is 0.5 fen, of 49 fen 0.49 fen
        assertThat(mdr(card(CardType.DEBIT), 100)).isEqualTo(1);
        assertThat(mdr(card(CardType.DEBIT), 300)).isEqualTo(2);
        assertThat(mdr(card(CardType.OVERSEAS), 50)).isEqualTo(1); // 0.5
        assertThat(mdr(card(CardType.OVERSEAS), 49)).isZero();     // 0.49
    }

    @Test
    void S1_aRefundsFeeIsTheNegatedFeeOfTheSameSale() {
        assertThat(mdr(card(CardType.DEBIT), -300)).isEqualTo(-2);
        assertThat(mdr(card(CardType.DEBIT), -5_000_000)).isEqualTo(-2_000);
    }

    @Test
    void S1_aT1MerchantPaysNoSurcharge() {
        Fees fees = DEFAULTS.feesFor(PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(1_000_000),
                SettlementSpeed.T1);
        assertThat(fees.surcharge()).isEqualTo(Money.ZERO);
        assertThat(fees.net()).isEqualTo(Money.ofFen(994_000));
    }

    @Test
    void S3_aT0MerchantPaysFiveBasisPointsOnTopOfTheDiscountRate() {
        Fees fees = DEFAULTS.feesFor(PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(1_000_000),
                SettlementSpeed.T0);
        assertThat(fees.mdrFee()).isEqualTo(Money.ofFen(6_000));
        assertThat(fees.surcharge()).isEqualTo(Money.ofFen(500));
        assertThat(fees.net()).isEqualTo(Money.ofFen(993_500));
    }

    @Test
    void S3_theSurchargeRoundsHalfUpOnItsOwn() {
        // 0.05% of 1,000 fen is 0.5 fen -> 1; the debit fee of 1,000 fen is 5
        Fees fees = DEFAULTS.feesFor(PaymentChannel.CARD, CardType.DEBIT, null, Money.ofFen(1_000),
                SettlementSpeed.T0);
        assertThat(fees.mdrFee()).isEqualTo(Money.ofFen(5));
        assertThat(fees.surcharge()).isEqualTo(Money.ofFen(1));
        assertThat(fees.net()).isEqualTo(Money.ofFen(994));
    }

    @ParameterizedTest(name = "{0} {1}/{2} {3} fen {4}")
    @CsvSource({
            "CARD, CREDIT, , 1_234_567, T0",
            "CARD, DEBIT, , 9_999_999, T0",
            "CARD, OVERSEAS, , 333, T1",
            "QR, , WECHAT, 12_345, T0",
            "QR, , ALIPAY, 1, T0",
            "QR, DEBIT, UNIONPAY, 100_001, T0",
            "QR, CREDIT, UNIONPAY, 100_000, T1",
    })
    void S1_theDiscountFeeTheSurchargeAndTheNetAddUpToTheAmount(PaymentChannel channel, CardType cardType,
                                                               Wallet wallet, String amountFen,
                                                               SettlementSpeed speed) {
        Money amount = Money.ofFen(Long.parseLong(amountFen.replace("_", "")));
        Fees fees = DEFAULTS.feesFor(channel, cardType, wallet, amount, speed);
        assertThat(fees.mdrFee().plus(fees.surcharge()).plus(fees.net())).isEqualTo(amount);
    }

    @Test
    void S1_ratesAreWrittenAsPercentagesWithAtMostTwoDecimals() {
        assertThat(RateBps.valueOf("0.60%")).isEqualTo(RateBps.ofBps(60));
        assertThat(RateBps.valueOf("1%")).isEqualTo(RateBps.ofBps(100));
        assertThat(RateBps.valueOf("0.5%")).isEqualTo(RateBps.ofBps(50));
        assertThat(RateBps.ofBps(38)).hasToString("0.38%");
        assertThatThrownBy(() -> RateBps.valueOf("0.385%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateBps.valueOf("60")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateBps.ofBps(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long mdr(Method method, long amountFen) {
        return DEFAULTS.feesFor(method.channel(), method.cardType(), method.wallet(), Money.ofFen(amountFen),
                SettlementSpeed.T1).mdrFee().fen();
    }

    private static Method card(CardType type) {
        return new Method(PaymentChannel.CARD, type, null);
    }

    private static Method qr(Wallet wallet, CardType fundingCardType) {
        return new Method(PaymentChannel.QR, fundingCardType, wallet);
    }

    private record Method(PaymentChannel channel, CardType cardType, Wallet wallet) {
    }
}
