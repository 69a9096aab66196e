package io.posflow.deposit.deposit;

import java.math.BigDecimal;

/**
 * An amount of CNY in fen. It may be negative: a settled REFUND subtracts from the qualifying volume
 * (D2). Only whole fen exist here, so no rounding happens.
 */
public record Money(long fen) {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isAtLeast(Money other) {
        return fen >= other.fen;
    }

    /** Yuan with two decimals, as a merchant reads an amount ("99.00"); exact, fen are whole. */
    public String toYuan() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public boolean isPositive() {
        return fen > 0;
    }

    /** This amount, or zero when it is negative: what is still needed never goes below nothing. */
    public Money atLeastZero() {
        return fen < 0 ? ZERO : this;
    }
}
