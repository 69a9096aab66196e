package io.posflow.contracts.money;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * An amount of CNY in whole fen: the one money type of posflow, as every amount on the wire is an integer
 * number of fen (architecture §4). It may be negative — a settled REFUND is — so the sign is checked by those
 * that need it (a capture at the device, a limit), not here. Only whole fen exist, so nothing here rounds;
 * arithmetic is exact: an overflow throws rather than wraps.
 *
 * <p>Stored events and sagas nest it as {@code {"fen":123}}; {@code MoneyJsonTest} pins that shape. Settlement's
 * former money type also wrote its {@code isPositive()} and {@code isNegative()} as {@code "positive"} and
 * {@code "negative"}: they are neither written nor needed, and ignored where old stored events carry them.
 */
@JsonIgnoreProperties({"positive", "negative"})
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public Money abs() {
        return fen < 0 ? negate() : this;
    }

    /** This amount, or zero when it is negative: what is still needed never goes below nothing. */
    public Money atLeastZero() {
        return fen < 0 ? ZERO : this;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isAtLeast(Money other) {
        return fen >= other.fen;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** Yuan with two decimals, as a merchant reads an amount ({@code "99.00"}); exact, fen are whole. */
    public String toYuan() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** {@code "12300 fen"}: how logs and exception messages show an amount. */
    @Override
    public String toString() {
        return fen + " fen";
    }
}
