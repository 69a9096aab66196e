package io.posflow.settlement.domain.payable;

import io.posflow.contracts.BusinessDay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Year {@code n} of a terminal's data-card subscription (S4): year 0 is charged at activation, year n on the
 * n-th anniversary of {@code activatedAt} (the same Asia/Shanghai date and time n years later; a 29 February
 * activation falls on 28 February in other years). It covers its start date to the day before the next one.
 */
public record DataCardFeeYear(Instant activatedAt, int year, BusinessDay businessDay) {

    public DataCardFeeYear {
        Objects.requireNonNull(activatedAt, "activatedAt");
        Objects.requireNonNull(businessDay, "businessDay");
        if (year < 0) {
            throw new IllegalArgumentException("year 0 is the activation year");
        }
    }

    /** When this year's fee is due: activation itself for year 0. */
    public Instant dueAt() {
        return activatedAt.atZone(businessDay.zone()).plusYears(year).toInstant();
    }

    public LocalDate periodStart() {
        return businessDay.dateOf(activatedAt).plusYears(year);
    }

    public LocalDate periodEnd() {
        return businessDay.dateOf(activatedAt).plusYears(year + 1L).minusDays(1);
    }

    public DataCardFeeYear next() {
        return new DataCardFeeYear(activatedAt, year + 1, businessDay);
    }
}
