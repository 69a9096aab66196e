package io.posflow.settlement.domain.day;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A SettlementDay's id: its business date. Prefixed, because Axon's event store keys aggregates by id alone
 * and a device-chosen transaction id could otherwise look like a date.
 */
public record SettlementDayId(LocalDate businessDate) {

    private static final String PREFIX = "SETTLEMENT_DAY:";

    public SettlementDayId {
        Objects.requireNonNull(businessDate, "businessDate");
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return PREFIX + businessDate;
    }
}
