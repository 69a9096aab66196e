package io.posflow.settlement.domain.payout;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Sends a requested payout to the bank (again, after a failure); answers the payout's {@link PayoutProgress}. */
public record AttemptPayout(@TargetAggregateIdentifier PayoutId payoutId, Instant attemptedAt) {

    public AttemptPayout {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
    }
}
