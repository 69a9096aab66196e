package io.posflow.settlement.domain.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The S2 business-day calendar (Asia/Shanghai dates): weekends and listed public holidays are off, listed
 * make-up working days (调休上班日) are on even on a weekend. Only years whose State Council notice is in the
 * data are complete; any other date is ordinary (weekends off, weekdays on) apart from what is listed, and a
 * WARN is logged once per such year — a missing notice then shows in the logs rather than stopping settlement.
 */
public final class BusinessDayCalendar implements SettlementCalendar {

    private static final Logger log = LoggerFactory.getLogger(BusinessDayCalendar.class);

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> makeUpWorkingDays;
    private final Set<Integer> publishedYears;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * @param daysOff           public holidays, including the bridging days of the notice
     * @param makeUpWorkingDays weekend days that are working days
     * @param publishedYears    years whose notice is in the data in full
     */
    public BusinessDayCalendar(Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays, Set<Integer> publishedYears) {
        this.daysOff = Set.copyOf(Objects.requireNonNull(daysOff, "daysOff"));
        this.makeUpWorkingDays = Set.copyOf(Objects.requireNonNull(makeUpWorkingDays, "makeUpWorkingDays"));
        this.publishedYears = Set.copyOf(Objects.requireNonNull(publishedYears, "publishedYears"));
        for (LocalDate day : this.makeUpWorkingDays) {
            if (this.daysOff.contains(day)) {
                throw new IllegalArgumentException(day + " is both a day off and a make-up working day");
            }
            if (!isWeekend(day)) {
                throw new IllegalArgumentException(day + " is a make-up working day but not a weekend day");
            }
        }
    }

    @Override
    public boolean isRunDay(LocalDate date) {
        if (!publishedYears.contains(date.getYear()) && warnedYears.add(date.getYear())) {
            log.warn("No published holiday arrangement for {} in the settlement calendar: dates of {} not listed "
                    + "are treated as ordinary (weekends off); add the State Council notice to the calendar data",
                    date.getYear(), date.getYear());
        }
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return !daysOff.contains(date) && !isWeekend(date);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
