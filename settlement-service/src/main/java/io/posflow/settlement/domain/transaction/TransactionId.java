package io.posflow.settlement.domain.transaction;

import java.util.Objects;

/** The device's transaction id (T5), which makes capture idempotent; the CapturedTransaction's id. */
public record TransactionId(String value) {

    private static final int MAX_LENGTH = 100;

    public TransactionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a transaction id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
