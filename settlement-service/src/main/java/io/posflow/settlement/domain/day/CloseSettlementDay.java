package io.posflow.settlement.domain.day;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Closes a business date after the run that settled it (S2): nothing of that date is left to settle.
 *
 * @param partitions how many partitions the closure is announced on, one stored event each (see
 *                   {@link SettlementDayClosed})
 */
public record CloseSettlementDay(@TargetAggregateIdentifier SettlementDayId day, Instant closedAt, int partitions) {

    public CloseSettlementDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(closedAt, "closedAt");
        if (partitions < 1) {
            throw new IllegalArgumentException("a closure is announced on at least one partition");
        }
    }
}
