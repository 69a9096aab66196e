package io.posflow.settlement.domain.clearing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Ops: pay a capture held by S8 after all (the discrepancy was explained); it settles in the next run. */
public record ReleaseClearingHold(@TargetAggregateIdentifier ClearingDayId day, String transactionId,
                                  Instant releasedAt) {

    public ReleaseClearingHold {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
