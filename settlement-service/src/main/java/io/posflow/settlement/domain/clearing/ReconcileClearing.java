package io.posflow.settlement.domain.clearing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** S8: records what matching a date's captures with the switch's clearing file found. */
public record ReconcileClearing(@TargetAggregateIdentifier ClearingDayId day, Reconciliation reconciliation,
                                Instant reconciledAt) {

    public ReconcileClearing {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reconciliation, "reconciliation");
        Objects.requireNonNull(reconciledAt, "reconciledAt");
        if (!reconciliation.businessDate().equals(day.businessDate())) {
            throw new IllegalArgumentException("the reconciliation is of " + reconciliation.businessDate()
                    + ", not of " + day.businessDate());
        }
    }
}
