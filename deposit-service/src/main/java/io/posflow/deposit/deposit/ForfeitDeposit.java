package io.posflow.deposit.deposit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Forfeit the Deposit if it is still short of the target (D4). The caller has seen settlement close
 * {@code closedBusinessDate}; the Deposit checks that it is its window end's business date and that the
 * window has ended at {@code at}.
 *
 * @param closedBusinessDate a business date settlement closed on every partition (SettlementDayClosed)
 * @param at                 now, on the service's clock
 */
public record ForfeitDeposit(@TargetAggregateIdentifier SerialNumber serialNumber, LocalDate closedBusinessDate,
                             Instant at) {

    public ForfeitDeposit {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(closedBusinessDate, "closedBusinessDate");
        Objects.requireNonNull(at, "at");
    }
}
