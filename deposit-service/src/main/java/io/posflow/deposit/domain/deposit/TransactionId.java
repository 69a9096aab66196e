package io.posflow.deposit.domain.deposit;

import java.util.Objects;

/** The device's transaction id (T5): what makes a settled transaction count once (D5). */
public record TransactionId(String value) {

    public TransactionId {
        Objects.requireNonNull(value, "transaction id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A transaction id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
