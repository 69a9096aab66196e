package io.posflow.settlement.payout;

import io.posflow.settlement.transaction.SerialNumber;

import java.util.Objects;

/**
 * A payout's id, also its idempotency key at the bank (S6). Derived from what it pays, so a redelivered or
 * re-published trigger names the same payout and pays nothing twice.
 */
public record PayoutId(String value) {

    private static final int MAX_LENGTH = 100;

    public PayoutId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a payout id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** A terminal's deposit is refunded at most once: {@code DEPOSIT_REFUND:<serialNumber>}. */
    public static PayoutId depositRefund(SerialNumber serialNumber) {
        return new PayoutId("DEPOSIT_REFUND:" + serialNumber.value());
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
