package io.posflow.settlement.domain.transaction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settles a pending transaction in the run of {@code settlementDate} (S2): its fees are fixed (S1) and the
 * merchant is owed its net.
 */
public record SettleTransaction(@TargetAggregateIdentifier TransactionId transactionId, LocalDate settlementDate,
                                Instant settledAt) {

    public SettleTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(settledAt, "settledAt");
    }
}
