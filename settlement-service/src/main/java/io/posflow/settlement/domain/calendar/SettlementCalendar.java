package io.posflow.settlement.domain.calendar;

import java.time.LocalDate;

/**
 * Which dates have a settlement run (S2): the business days. The run of a run date settles every transaction
 * of an earlier business date and closes every earlier calendar date, so a calendar that skips weekends and
 * holidays makes Monday's run settle and close Friday, Saturday and Sunday without any other change.
 */
@FunctionalInterface
public interface SettlementCalendar {

    /** No real calendar goes this long without a business day; a longer search means broken data. */
    int MAX_DAYS_WITHOUT_A_RUN = 366;

    boolean isRunDay(LocalDate date);

    /** The settlement day of {@code date}: the first run day strictly after it. */
    default LocalDate nextRunDayAfter(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        for (int i = 0; i < MAX_DAYS_WITHOUT_A_RUN; i++, candidate = candidate.plusDays(1)) {
            if (isRunDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No settlement run day within a year after " + date);
    }

    /** The last run day strictly before {@code date}. */
    default LocalDate previousRunDayBefore(LocalDate date) {
        LocalDate candidate = date.minusDays(1);
        for (int i = 0; i < MAX_DAYS_WITHOUT_A_RUN; i++, candidate = candidate.minusDays(1)) {
            if (isRunDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No settlement run day within a year before " + date);
    }
}
