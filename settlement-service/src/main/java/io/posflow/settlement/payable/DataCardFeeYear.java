package io.posflow.settlement.payable;

import io.posflow.settlement.transaction.BusinessDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Year {@code n} of a terminal's data-card subscription (S4): year 0 is charged at activation, year n on the
 * n-th anniversary of {@code activatedAt} (the same Asia/Shanghai date and time n years later; a 29 February
 * activation falls on 28 February in other years). It covers its start date to the day before the next one.
 */
public record DataCardFeeYear(Instant activatedAt, int year) {

    public DataCardFeeYear {
        Objects.requireNonNull(activatedAt, "activatedAt");
        if (year < 0) {
            throw new IllegalArgumentException("year 0 is the activation year");
        }
    }

    /** When this year's fee is due: activation itself for year 0. */
    public Instant dueAt() {
        return activatedAt.atZone(BusinessDates.ZONE).plusYears(year).toInstant();
    }

    public LocalDate periodStart() {
        return BusinessDates.of(activatedAt).plusYears(year);
    }

    public LocalDate periodEnd() {
        return BusinessDates.of(activatedAt).plusYears(year + 1L).minusDays(1);
    }

    public DataCardFeeYear next() {
        return new DataCardFeeYear(activatedAt, year + 1);
    }
}
