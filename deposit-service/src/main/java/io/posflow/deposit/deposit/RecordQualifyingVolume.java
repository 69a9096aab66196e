package io.posflow.deposit.deposit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Count a settled SALE (positive) or REFUND (negative) towards the terminal's target (D2), once (D5).
 *
 * @param capturedAt the transaction's capture time: only what was captured inside the window counts
 * @param recordedAt now, on the service's clock: when the volume reaches the target, the refund is triggered then
 */
public record RecordQualifyingVolume(@TargetAggregateIdentifier SerialNumber serialNumber,
                                     TransactionId transactionId, Money amount, Instant capturedAt,
                                     Instant recordedAt) {

    public RecordQualifyingVolume {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
