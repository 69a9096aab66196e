package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

/**
 * T4: what one terminal may capture: a single SALE up to {@code perTransaction}, and SALEs of one Asia/Shanghai
 * business date up to {@code perBusinessDay} in total.
 */
public record Limits(Money perTransaction, Money perBusinessDay) {

    public Limits {
        if (perTransaction == null || perBusinessDay == null || !perTransaction.isPositive()
                || !perBusinessDay.isPositive()) {
            throw new IllegalArgumentException("Both limits must be positive");
        }
    }

    /** The stricter of both, limit by limit. */
    Limits stricter(Limits other) {
        return new Limits(perTransaction.isGreaterThan(other.perTransaction) ? other.perTransaction : perTransaction,
                perBusinessDay.isGreaterThan(other.perBusinessDay) ? other.perBusinessDay : perBusinessDay);
    }
}
