package io.posflow.deposit.domain.deposit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Note that an attempt to pay the refund failed (PayoutFailed); settlement retries it (S6). */
public record RecordRefundPayoutFailure(@TargetAggregateIdentifier SerialNumber serialNumber, String payoutId,
                                        int attempt, String reason, Instant failedAt) {

    public RecordRefundPayoutFailure {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
