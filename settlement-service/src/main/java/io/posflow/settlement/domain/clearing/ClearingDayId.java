package io.posflow.settlement.domain.clearing;

import java.time.LocalDate;
import java.util.Objects;

/** A ClearingDay's id: the business date whose clearing file is reconciled. Prefixed like SettlementDayId. */
public record ClearingDayId(LocalDate businessDate) {

    private static final String PREFIX = "CLEARING_DAY:";

    public ClearingDayId {
        Objects.requireNonNull(businessDate, "businessDate");
    }

    @Override
    public String toString() {
        return PREFIX + businessDate;
    }
}
