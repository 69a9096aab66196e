package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.money.Money;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * D4: the window has ended and settlement closed {@code closedBusinessDate} on every partition, so the
 * projection's {@code qualifyingVolume} is final.
 */
public record ForfeitDeposit(@TargetAggregateIdentifier SerialNumber serialNumber, LocalDate closedBusinessDate,
                             Money qualifyingVolume, Instant at) {

    public ForfeitDeposit {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(closedBusinessDate, "closedBusinessDate");
        Objects.requireNonNull(qualifyingVolume, "qualifyingVolume");
        Objects.requireNonNull(at, "at");
    }
}
