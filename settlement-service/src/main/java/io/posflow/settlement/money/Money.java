package io.posflow.settlement.money;

/**
 * An amount of CNY in fen. The only money type inside settlement; {@code long …Fen} appears only at the
 * edges (topics, REST). Negative amounts exist (a REFUND settles negative), so the sign is not checked here.
 */
public record Money(long fen) {

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public boolean isPositive() {
        return fen > 0;
    }
}
