package io.posflow.settlement.domain.transaction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Ops' decision on a sale held as a possible self-swipe (S7): release it (it settles in the next run) or reject
 * it (never paid). Answers the sale's status after the decision; the same decision again changes nothing.
 */
public record ReviewCashOutHold(@TargetAggregateIdentifier TransactionId transactionId, boolean release,
                                Instant decidedAt) {

    public ReviewCashOutHold {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
