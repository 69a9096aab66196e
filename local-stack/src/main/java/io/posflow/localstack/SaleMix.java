package io.posflow.localstack;

import java.util.List;
import java.util.Random;

/**
 * What the customers of {@code ./posflow load} buy and how they pay, drawn from a seeded {@link Random}: about one
 * operation in a hundred voids one of today's sales and one in two hundred refunds an earlier settled sale; the
 * rest are sales, paid by card (credit, debit, overseas — each with a Luhn-valid PAN of the BIN table's test
 * BINs, architecture §5) or QR (WeChat, Alipay, UnionPay), of amounts from a long-tailed (log-normal)
 * distribution: most small, a few large, none over the limit per transaction (T4) and none the switch hangs on (an
 * amount ending in 13 fen would be declined after a 5 s timeout, T7 — a property of the simulator, not of load).
 * An amount ending in 77 fen stays in the mix: the clearing file leaves it out and settlement holds it (S8).
 */
final class SaleMix {

    enum Operation { SALE, VOID, REFUND }

    /** The ways to pay and their share of sales, in percent. */
    enum Means {
        CREDIT_CARD(26), DEBIT_CARD(22), OVERSEAS_CARD(4), WECHAT(26), ALIPAY(18), UNIONPAY_QR(4);

        final int percent;

        Means(int percent) {
            this.percent = percent;
        }
    }

    static final double VOID_SHARE = 0.01;
    static final double REFUND_SHARE = 0.005;
    /** T4: 50,000 yuan per transaction (terminal-service's default for every applicant type). */
    static final long LIMIT_PER_TRANSACTION_FEN = 5_000_000;
    /** The typical sale: half are below 35 yuan. */
    static final long MEDIAN_FEN = 3_500;
    /** The spread of log(amount): the 99th percentile is about 20 × the median. */
    private static final double SIGMA = 1.3;
    private static final List<String> SURNAMES = List.of("李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军");

    private final Random random;

    SaleMix(Random random) {
        this.random = random;
    }

    Operation operation() {
        double draw = random.nextDouble();
        if (draw < VOID_SHARE) {
            return Operation.VOID;
        }
        return draw < VOID_SHARE + REFUND_SHARE ? Operation.REFUND : Operation.SALE;
    }

    Means means() {
        int draw = random.nextInt(100);
        for (Means m : Means.values()) {
            draw -= m.percent;
            if (draw < 0) {
                return m;
            }
        }
        throw new IllegalStateException("The shares of Means add up to less than 100");
    }

    /** A customer's payment: a fresh card of its type, or a wallet (UnionPay QR names its funding card). */
    Payment payment() {
        return switch (means()) {
            case CREDIT_CARD -> Payment.card("CREDIT", TestIdentities.creditCard(random), cardholder());
            case DEBIT_CARD -> Payment.card("DEBIT", TestIdentities.debitCard(random), cardholder());
            case OVERSEAS_CARD -> Payment.card("OVERSEAS", TestIdentities.overseasCard(random), cardholder());
            case WECHAT -> Payment.qr("WECHAT", null);
            case ALIPAY -> Payment.qr("ALIPAY", null);
            case UNIONPAY_QR -> Payment.qr("UNIONPAY", random.nextBoolean() ? "DEBIT" : "CREDIT");
        };
    }

    /** A sale's amount: log-normal around {@link #MEDIAN_FEN}, at least 1 fen, within T4, never one the switch hangs on. */
    long saleAmountFen() {
        long fen;
        do {
            fen = Math.max(1, Math.round(MEDIAN_FEN * Math.exp(SIGMA * random.nextGaussian())));
        } while (fen > LIMIT_PER_TRANSACTION_FEN);
        return playable(fen);
    }

    /** A refund of a sale of {@code originalFen}: half of them in full, the others a part of it. */
    long refundAmountFen(long originalFen) {
        long fen = random.nextBoolean() ? originalFen : 1 + (long) (random.nextDouble() * originalFen);
        return TestIdentities.switchHangsOn(fen) ? fen - 1 : fen; // ends in 12 fen: still ≥ 1 and ≤ the sale
    }

    private static long playable(long fen) {
        return TestIdentities.switchHangsOn(fen) ? fen + 1 : fen;
    }

    private String cardholder() {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }
}
