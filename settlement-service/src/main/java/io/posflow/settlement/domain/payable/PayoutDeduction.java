package io.posflow.settlement.domain.payable;


import io.posflow.contracts.money.Money;

import java.util.Objects;

/**
 * How the service fees the merchant still owes come off a settlement payout (S4): as much as the net allows,
 * never below zero; what the net cannot cover is carried to the next payout. A negative net (refunds above
 * sales) pays nothing and is carried as well. Always {@code payable + deducted = max(net, 0)} and
 * {@code carriedForward = carried − deducted + max(−net, 0)}.
 *
 * @param deducted       what this payout withholds for fees owed
 * @param payable        what is paid to the merchant
 * @param carriedForward what the merchant still owes against later payouts
 */
public record PayoutDeduction(Money deducted, Money payable, Money carriedForward) {

    public PayoutDeduction {
        Objects.requireNonNull(deducted, "deducted");
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(carriedForward, "carriedForward");
    }

    /** @param carried what the merchant owes before this payout (fees not yet deducted), never negative */
    public static PayoutDeduction of(Money net, Money carried) {
        if (carried.isNegative()) {
            throw new IllegalArgumentException("a merchant owes a non-negative amount");
        }
        Money paidOut = net.isPositive() ? net : Money.ZERO;
        Money deducted = paidOut.compareTo(carried) < 0 ? paidOut : carried;
        Money shortfall = net.isNegative() ? net.negate() : Money.ZERO;
        return new PayoutDeduction(deducted, paidOut.minus(deducted), carried.minus(deducted).plus(shortfall));
    }
}
