package io.posflow.terminal.terminal;

/** An amount of CNY in fen. Never negative here: captures, deposits and limits are all positive or zero. */
public record Money(long fen) {

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("An amount is never negative here");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    @Override
    public String toString() {
        return fen + " fen";
    }
}
