package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.money.Money;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** From the volume projection: the deposit's qualifying volume has reached its target (D2, D3). */
public record RecordTargetReached(@TargetAggregateIdentifier SerialNumber serialNumber, Money qualifyingVolume,
                                  Instant at) {

    public RecordTargetReached {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(qualifyingVolume, "qualifyingVolume");
        Objects.requireNonNull(at, "at");
    }
}
