package io.posflow.settlement.calendar;

import java.time.LocalDate;

/** Every calendar date is a run day; the business-day calendar with holidays and make-up days replaces it. */
public final class EveryCalendarDay implements SettlementCalendar {

    @Override
    public boolean isRunDay(LocalDate date) {
        return true;
    }
}
