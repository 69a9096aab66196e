package io.posflow.settlement.calendar;

import java.time.LocalDate;

/**
 * Which dates have a settlement run (S2). The run of a run date settles every transaction of an earlier
 * business date and closes every earlier calendar date, so a calendar that skips weekends and holidays
 * makes Monday's run settle and close Friday, Saturday and Sunday without any other change.
 */
public interface SettlementCalendar {

    boolean isRunDay(LocalDate date);
}
