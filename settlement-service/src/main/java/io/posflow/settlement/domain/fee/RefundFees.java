package io.posflow.settlement.domain.fee;


import io.posflow.contracts.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The fees a REFUND gives back (ADR 0010): the refunded share of what the original SALE was charged, so a
 * refund uses the original's effective rate — its cap (DEBIT) and its tier (UNIONPAY QR) included — and the
 * merchant never gets back more fee than it paid. The share is taken cumulatively: this refund returns
 * {@code share(refundedBefore + refund) − share(refundedBefore)}, each share rounded half-up to the fen, so
 * refunds adding up to the whole sale return exactly its fees. The result is the refund's settlement:
 * amount, fees and net all negative, and {@code mdrFee + surcharge + net = amount} as for every settlement.
 */
public final class RefundFees {

    private RefundFees() {
    }

    /**
     * @param original       the original SALE's settled fees (positive)
     * @param refundedBefore what earlier refunds of the same sale already gave back (0 for the first)
     * @param refund         this refund's amount, positive as captured
     */
    public static Fees of(Fees original, Money refundedBefore, Money refund) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(refundedBefore, "refundedBefore");
        Objects.requireNonNull(refund, "refund");
        if (!original.amount().isPositive() || refundedBefore.isNegative() || !refund.isPositive()) {
            throw new IllegalArgumentException("a refund returns a positive part of a positive sale");
        }
        Money refundedAfter = refundedBefore.plus(refund);
        if (refundedAfter.isGreaterThan(original.amount())) {
            throw new IllegalArgumentException("refunds of a sale add up to at most its amount");
        }
        Money mdrFee = share(original.mdrFee(), refundedAfter, original.amount())
                .minus(share(original.mdrFee(), refundedBefore, original.amount()));
        Money surcharge = share(original.surcharge(), refundedAfter, original.amount())
                .minus(share(original.surcharge(), refundedBefore, original.amount()));
        return Fees.of(refund.negate(), mdrFee.negate(), surcharge.negate());
    }

    /** Whether {@code refund} still fits in what is left of the sale after {@code refundedBefore}. */
    public static boolean fits(Money saleAmount, Money refundedBefore, Money refund) {
        return !refundedBefore.plus(refund).isGreaterThan(saleAmount);
    }

    /** {@code fee × part / whole}, rounded half-up to the fen. */
    private static Money share(Money fee, Money part, Money whole) {
        BigDecimal share = BigDecimal.valueOf(fee.fen()).multiply(BigDecimal.valueOf(part.fen()))
                .divide(BigDecimal.valueOf(whole.fen()), 0, RoundingMode.HALF_UP);
        return Money.ofFen(share.longValueExact());
    }
}
