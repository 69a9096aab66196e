package io.posflow.settlement.domain.fee;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.Wallet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the fee engine (S1, S3) and of the refund fee rule (D2, ADR 0010) over generated amounts and
 * payment methods, with the DESIGN defaults. The expected fees are computed here independently of the engine
 * (BigDecimal, half-up), so the properties check the rule, not the code against itself. Each property runs over
 * {@value #CASES} cases drawn from a fixed seed — amounts spread over every order of magnitude, the boundaries
 * (1 fen, the debit cap's turning point, the UnionPay QR limit and one fen above it) always included — and a
 * failure names the case, so it can be replayed. (Plain JUnit rather than a property-testing library: the
 * generators are a few lines, and the runs are reproducible by construction.)
 */
class FeeSchedulePropertiesTest {

    private static final FeeSchedule FEES = FeeScheduleTest.DEFAULTS;
    /** T4: at most 50,000 yuan per transaction; the properties go well beyond it. */
    private static final long MAX_FEN = 100_000_000L;
    private static final long DEBIT_CAP_FEN = 2_000;
    private static final long UNION_PAY_QR_LIMIT_FEN = 100_000;

    /** How a payment was made: a card, or a QR wallet (UNIONPAY with its funding card type, possibly none). */
    record Payment(PaymentChannel channel, CardType cardType, Wallet wallet) {
        Case withAmount(long fen) {
            return new Case(this, fen, SettlementSpeed.T1);
        }
    }

    private static final int CASES = 1_000;
    private static final long SEED = 20_261_129L;
    private static final long[] BOUNDARIES = {1, 2, 399_999, 400_000, 400_001, UNION_PAY_QR_LIMIT_FEN,
            UNION_PAY_QR_LIMIT_FEN + 1, 5_000_000, MAX_FEN};

    /** Runs {@code property} over {@value #CASES} generated cases, naming the one that fails. */
    private static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            T sample = generator.apply(random);
            try {
                property.accept(sample);
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " of seed " + SEED + ": " + sample, e);
            }
        }
    }

    /** An amount in [min, max]: every tenth case a boundary inside the range, else log-uniform over the range. */
    private static long amount(Random random, long min, long max) {
        if (random.nextInt(10) == 0) {
            long boundary = BOUNDARIES[random.nextInt(BOUNDARIES.length)];
            if (boundary >= min && boundary <= max) {
                return boundary;
            }
        }
        double low = Math.log(min);
        double high = Math.log(max + 1.0);
        long fen = (long) Math.exp(low + random.nextDouble() * (high - low));
        return Math.max(min, Math.min(max, fen));
    }

    private static Payment payment(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new Payment(PaymentChannel.CARD, oneOf(random, CardType.values()), null);
            case 1 -> new Payment(PaymentChannel.QR, null, random.nextBoolean() ? Wallet.WECHAT : Wallet.ALIPAY);
            default -> new Payment(PaymentChannel.QR, fundingCard(random), Wallet.UNIONPAY);
        };
    }

    /** A UnionPay QR's funding card type; anything but DEBIT takes the CREDIT rate above the limit, none too. */
    private static CardType fundingCard(Random random) {
        return random.nextInt(4) == 0 ? null : oneOf(random, CardType.values());
    }

    private static SettlementSpeed speed(Random random) {
        return oneOf(random, SettlementSpeed.values());
    }

    private static <E> E oneOf(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    record Case(Payment payment, long fen, SettlementSpeed speed) {
        static Case of(Random random) {
            return new Case(FeeSchedulePropertiesTest.payment(random), amount(random, 1, MAX_FEN),
                    FeeSchedulePropertiesTest.speed(random));
        }
    }

    @Test
    void S1_S3_feesAreNeverNegative() {
        forAll(Case::of, c -> {
            Fees fees = fees(c.payment(), c.fen(), c.speed());

            assertThat(fees.mdrFee().fen()).isNotNegative();
            assertThat(fees.surcharge().fen()).isNotNegative();
            assertThat(fees.net().fen()).isNotNegative();
        });
    }

    @Test
    void S1_S3_feesAndNetAddUpToTheAmount() {
        forAll(Case::of, c -> {
            Fees fees = fees(c.payment(), c.fen(), c.speed());

            assertThat(fees.amount().fen()).isEqualTo(c.fen());
            assertThat(fees.mdrFee().fen() + fees.surcharge().fen() + fees.net().fen()).isEqualTo(c.fen());
        });
    }

    @Test
    void S1_aDebitCardPaysFiftyBasisPointsButNeverMoreThanTwentyYuan() {
        forAll(r -> amount(r, 1, MAX_FEN), fen -> {
            long mdr = fees(new Payment(PaymentChannel.CARD, CardType.DEBIT, null), fen, SettlementSpeed.T1)
                    .mdrFee().fen();

            assertThat(mdr).isLessThanOrEqualTo(DEBIT_CAP_FEN).isEqualTo(Math.min(halfUp(fen, 50), DEBIT_CAP_FEN));
        });
    }

    @Test
    void S1_aUnionPayQrUpToOneThousandYuanPaysThirtyEightBasisPointsWhateverTheFundingCard() {
        forAll(r -> new Payment(PaymentChannel.QR, fundingCard(r), Wallet.UNIONPAY).withAmount(
                amount(r, 1, UNION_PAY_QR_LIMIT_FEN)), c -> {
            long mdr = fees(c.payment(), c.fen(), SettlementSpeed.T1).mdrFee().fen();

            assertThat(mdr).isEqualTo(halfUp(c.fen(), 38));
        });
    }

    @Test
    void S1_aUnionPayQrAboveOneThousandYuanPaysTheFundingCardsRate() {
        forAll(r -> new Payment(PaymentChannel.QR, fundingCard(r), Wallet.UNIONPAY).withAmount(
                amount(r, UNION_PAY_QR_LIMIT_FEN + 1, MAX_FEN)), c -> {
            long mdr = fees(c.payment(), c.fen(), SettlementSpeed.T1).mdrFee().fen();

            long fen = c.fen();
            long expected = c.payment().cardType() == CardType.DEBIT ? Math.min(halfUp(fen, 50), DEBIT_CAP_FEN)
                    : halfUp(fen, 60);
            assertThat(mdr).isEqualTo(expected);
        });
    }

    @Test
    void S1_theUnionPayQrTierSwitchesBetweenOneThousandYuanAndOneFenMore() {
        Payment unionPayCredit = new Payment(PaymentChannel.QR, CardType.CREDIT, Wallet.UNIONPAY);
        assertThat(fees(unionPayCredit, UNION_PAY_QR_LIMIT_FEN, SettlementSpeed.T1).mdrFee().fen()).isEqualTo(380);
        assertThat(fees(unionPayCredit, UNION_PAY_QR_LIMIT_FEN + 1, SettlementSpeed.T1).mdrFee().fen()).isEqualTo(600);
    }

    @Test
    void S3_T0CostsExactlyTheHalfUpSurchargeMoreThanT1() {
        forAll(Case::of, c -> {
            Fees t1 = fees(c.payment(), c.fen(), SettlementSpeed.T1);
            Fees t0 = fees(c.payment(), c.fen(), SettlementSpeed.T0);

            assertThat(t1.surcharge().fen()).isZero();
            assertThat(t0.mdrFee()).isEqualTo(t1.mdrFee());
            assertThat(t0.surcharge().fen()).isEqualTo(halfUp(c.fen(), 5));
            assertThat(t1.net().fen() - t0.net().fen()).isEqualTo(halfUp(c.fen(), 5));
        });
    }

    /**
     * D2, ADR 0010: however a sale is refunded in parts, every refund settles negative with its fees and net
     * adding up to its amount, gives back a share of the sale's fees no larger than that, and the parts of a
     * full refund give back exactly the sale's fees.
     */
    @Test
    void D2_S1_refundsSettleNegativeWithNetPlusFeesEqualToGrossAndGiveBackExactlyTheSalesFees() {
        forAll(r -> new RefundCase(Case.of(r), weights(r)), c -> refundsAddUp(c.sale().payment(), c.sale().speed(),
                c.sale().fen(), c.weights()));
    }

    record RefundCase(Case sale, List<Integer> weights) {
    }

    /** One to six refund weights of 1–100. */
    private static List<Integer> weights(Random random) {
        List<Integer> weights = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            weights.add(1 + random.nextInt(100));
        }
        return weights;
    }

    private static void refundsAddUp(Payment payment, SettlementSpeed speed, long saleFen, List<Integer> weights) {
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

    @Test
    void D2_aSingleRefundGivesBackItsShareOfTheSalesFeeRoundedHalfUp() {
        forAll(r -> new ShareCase(Case.of(r), 1 + r.nextInt(10_000)), c -> aRefundGivesBackItsShare(
                c.sale().payment(), c.sale().fen(), c.shareBps()));
    }

    record ShareCase(Case sale, int shareBps) {
    }

    private static void aRefundGivesBackItsShare(Payment payment, long saleFen, int shareBps) {
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
