package io.posflow.terminal.terminal;

/**
 * T4: what one terminal may capture: a single SALE up to {@code perTransaction}, and SALEs of one Asia/Shanghai
 * business date up to {@code perBusinessDay} in total.
 */
public record Limits(Money perTransaction, Money perBusinessDay) {

    public Limits {
        if (perTransaction == null || perBusinessDay == null || perTransaction.fen() == 0
                || perBusinessDay.fen() == 0) {
            throw new IllegalArgumentException("Both limits must be positive");
        }
    }

    /** The stricter of both, limit by limit. */
    Limits stricter(Limits other) {
        return new Limits(perTransaction.exceeds(other.perTransaction) ? other.perTransaction : perTransaction,
                perBusinessDay.exceeds(other.perBusinessDay) ? other.perBusinessDay : perBusinessDay);
    }
}
