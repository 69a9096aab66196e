package io.posflow.settlement.fee;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.settlement.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the fee engine (S1, S3) and of the refund fee rule (D2, ADR 0010) over generated amounts and
 * payment methods, with the DESIGN defaults. The expected fees are computed here independently of the engine
 * (BigDecimal, half-up), so the properties check the rule, not the code against itself.
 */
class FeeSchedulePropertiesTest {

    private static final FeeSchedule FEES = FeeScheduleTest.DEFAULTS;
    /** T4: at most 50,000 yuan per transaction; the properties go well beyond it. */
    private static final long MAX_FEN = 100_000_000L;
    private static final long DEBIT_CAP_FEN = 2_000;
    private static final long UNION_PAY_QR_LIMIT_FEN = 100_000;

    /** How a payment was made: a card, or a QR wallet (UNIONPAY with its funding card type, possibly none). */
    record Payment(PaymentChannel channel, CardType cardType, Wallet wallet) {
    }

    @Provide
    Arbitrary<Payment> payments() {
        Arbitrary<Payment> cards = Arbitraries.of(CardType.class).map(t -> new Payment(PaymentChannel.CARD, t, null));
        Arbitrary<Payment> wallets = Arbitraries.of(Wallet.WECHAT, Wallet.ALIPAY)
                .map(w -> new Payment(PaymentChannel.QR, null, w));
        Arbitrary<Payment> unionPay = Arbitraries.of(CardType.class).injectNull(0.25)
                .map(t -> new Payment(PaymentChannel.QR, t, Wallet.UNIONPAY));
        return Arbitraries.oneOf(cards, wallets, unionPay);
    }

    @Property
    void S1_S3_feesAreNeverNegative(@ForAll("payments") Payment payment, @ForAll @LongRange(min = 1, max = MAX_FEN) long fen,
                                    @ForAll SettlementSpeed speed) {
        Fees fees = fees(payment, fen, speed);

        assertThat(fees.mdrFee().fen()).isNotNegative();
        assertThat(fees.surcharge().fen()).isNotNegative();
        assertThat(fees.net().fen()).isNotNegative();
    }

    @Property
    void S1_S3_feesAndNetAddUpToTheAmount(@ForAll("payments") Payment payment,
                                          @ForAll @LongRange(min = 1, max = MAX_FEN) long fen,
                                          @ForAll SettlementSpeed speed) {
        Fees fees = fees(payment, fen, speed);

        assertThat(fees.amount().fen()).isEqualTo(fen);
        assertThat(fees.mdrFee().fen() + fees.surcharge().fen() + fees.net().fen()).isEqualTo(fen);
    }

    @Property
    void S1_aDebitCardPaysFiftyBasisPointsButNeverMoreThanTwentyYuan(
            @ForAll @LongRange(min = 1, max = MAX_FEN) long fen) {
        long mdr = fees(new Payment(PaymentChannel.CARD, CardType.DEBIT, null), fen, SettlementSpeed.T1).mdrFee().fen();

        assertThat(mdr).isLessThanOrEqualTo(DEBIT_CAP_FEN).isEqualTo(Math.min(halfUp(fen, 50), DEBIT_CAP_FEN));
    }

    @Property
    void S1_aUnionPayQrUpToOneThousandYuanPaysThirtyEightBasisPointsWhateverTheFundingCard(
            @ForAll @LongRange(min = 1, max = UNION_PAY_QR_LIMIT_FEN) long fen, @ForAll("fundingCards") CardType funding) {
        long mdr = fees(new Payment(PaymentChannel.QR, funding, Wallet.UNIONPAY), fen, SettlementSpeed.T1).mdrFee().fen();

        assertThat(mdr).isEqualTo(halfUp(fen, 38));
    }

    @Property
    void S1_aUnionPayQrAboveOneThousandYuanPaysTheFundingCardsRate(
            @ForAll @LongRange(min = UNION_PAY_QR_LIMIT_FEN + 1, max = MAX_FEN) long fen,
            @ForAll("fundingCards") CardType funding) {
        long mdr = fees(new Payment(PaymentChannel.QR, funding, Wallet.UNIONPAY), fen, SettlementSpeed.T1).mdrFee().fen();

        long expected = funding == CardType.DEBIT ? Math.min(halfUp(fen, 50), DEBIT_CAP_FEN) : halfUp(fen, 60);
        assertThat(mdr).isEqualTo(expected);
    }

    @Provide
    Arbitrary<CardType> fundingCards() {
        // Anything but DEBIT takes the CREDIT rate above the limit, a missing funding card type too.
        return Arbitraries.of(CardType.class).injectNull(0.25);
    }

    @Example
    void S1_theUnionPayQrTierSwitchesBetweenOneThousandYuanAndOneFenMore() {
        Payment unionPayCredit = new Payment(PaymentChannel.QR, CardType.CREDIT, Wallet.UNIONPAY);
        assertThat(fees(unionPayCredit, UNION_PAY_QR_LIMIT_FEN, SettlementSpeed.T1).mdrFee().fen()).isEqualTo(380);
        assertThat(fees(unionPayCredit, UNION_PAY_QR_LIMIT_FEN + 1, SettlementSpeed.T1).mdrFee().fen()).isEqualTo(600);
    }

    @Property
    void S3_T0CostsExactlyTheHalfUpSurchargeMoreThanT1(@ForAll("payments") Payment payment,
                                                       @ForAll @LongRange(min = 1, max = MAX_FEN) long fen) {
        Fees t1 = fees(payment, fen, SettlementSpeed.T1);
        Fees t0 = fees(payment, fen, SettlementSpeed.T0);

        assertThat(t1.surcharge().fen()).isZero();
        assertThat(t0.mdrFee()).isEqualTo(t1.mdrFee());
        assertThat(t0.surcharge().fen()).isEqualTo(halfUp(fen, 5));
        assertThat(t1.net().fen() - t0.net().fen()).isEqualTo(halfUp(fen, 5));
    }

    /**
     * D2, ADR 0010: however a sale is refunded in parts, every refund settles negative with its fees and net
     * adding up to its amount, gives back a share of the sale's fees no larger than that, and the parts of a
     * full refund give back exactly the sale's fees.
     */
    @Property
    void D2_S1_refundsSettleNegativeWithNetPlusFeesEqualToGrossAndGiveBackExactlyTheSalesFees(
            @ForAll("payments") Payment payment, @ForAll SettlementSpeed speed,
            @ForAll @LongRange(min = 1, max = MAX_FEN) long saleFen,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 100) Integer> weights) {
        Fees sale = fees(payment, saleFen, speed);
        List<Long> refunds = split(saleFen, weights);

        Money refunded = Money.ZERO;
        long mdrBack = 0;
        long surchargeBack = 0;
        for (long refundFen : refunds) {
            Fees refund = RefundFees.of(sale, refunded, Money.ofFen(refundFen));
            assertThat(refund.amount().fen()).isEqualTo(-refundFen);
            assertThat(refund.mdrFee().fen() + refund.surcharge().fen() + refund.net().fen())
                    .isEqualTo(refund.amount().fen());
            assertThat(refund.mdrFee().fen()).isNotPositive();
            assertThat(refund.surcharge().fen()).isNotPositive();
            assertThat(refund.net().fen()).isNotPositive();
            refunded = refunded.plus(Money.ofFen(refundFen));
            mdrBack -= refund.mdrFee().fen();
            surchargeBack -= refund.surcharge().fen();
            assertThat(mdrBack).isLessThanOrEqualTo(sale.mdrFee().fen());
            assertThat(surchargeBack).isLessThanOrEqualTo(sale.surcharge().fen());
        }
        if (refunded.equals(sale.amount())) {
            assertThat(mdrBack).isEqualTo(sale.mdrFee().fen());
            assertThat(surchargeBack).isEqualTo(sale.surcharge().fen());
        }
    }

    @Property
    void D2_aSingleRefundGivesBackItsShareOfTheSalesFeeRoundedHalfUp(
            @ForAll("payments") Payment payment, @ForAll @LongRange(min = 1, max = MAX_FEN) long saleFen,
            @ForAll @IntRange(min = 1, max = 10_000) int shareBps) {
        Fees sale = fees(payment, saleFen, SettlementSpeed.T1);
        long refundFen = Math.max(1, saleFen * shareBps / 10_000);

        Fees refund = RefundFees.of(sale, Money.ZERO, Money.ofFen(refundFen));

        long expected = BigDecimal.valueOf(sale.mdrFee().fen()).multiply(BigDecimal.valueOf(refundFen))
                .divide(BigDecimal.valueOf(saleFen), 0, RoundingMode.HALF_UP).longValueExact();
        assertThat(refund.mdrFee().fen()).isEqualTo(-expected);
    }

    /** The amount split into consecutive refunds in proportion to the weights; some may not reach the end. */
    private static List<Long> split(long total, List<Integer> weights) {
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        List<Long> parts = new ArrayList<>();
        long left = total;
        for (int i = 0; i < weights.size() && left > 0; i++) {
            long part = i == weights.size() - 1 ? left : Math.max(1, total * weights.get(i) / sum);
            part = Math.min(part, left);
            parts.add(part);
            left -= part;
        }
        return parts;
    }

    private static Fees fees(Payment payment, long fen, SettlementSpeed speed) {
        return FEES.feesFor(payment.channel(), payment.cardType(), payment.wallet(), Money.ofFen(fen), speed);
    }

    /** {@code fen × bps / 10,000}, rounded half-up to the fen: the oracle for the schedule's rates. */
    private static long halfUp(long fen, int bps) {
        return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(bps))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
