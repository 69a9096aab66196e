package io.posflow.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which business date an instant belongs to (architecture §3 "Time"): the calendar date in {@code zone}, moved by
 * the day's {@code cutOff} — the local time at which a business date begins. At midnight (the default) that is the
 * plain calendar date. A cut-off in the evening starts the next date early (23:00: 23:30 on the 4th belongs to
 * the 5th); one in the morning starts it late (02:00: 01:30 on the 5th still belongs to the 4th).
 *
 * <p>Every {@code businessDate} on the topics is computed this way, so every service is configured alike
 * ({@code posflow.platform.business-day.zone}, {@code .cut-off}; the platform's {@code BusinessDay} bean).
 */
public record BusinessDay(ZoneId zone, LocalTime cutOff) {

    /** Asia/Shanghai calendar dates: the default of every service. */
    public static final BusinessDay SHANGHAI = new BusinessDay(ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT);

    public BusinessDay {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cutOff, "cutOff");
    }

    /** The business date {@code instant} belongs to. */
    public LocalDate dateOf(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        boolean beforeCutOff = local.toLocalTime().isBefore(cutOff);
        if (startsInTheEvening()) {
            return beforeCutOff ? date : date.plusDays(1);
        }
        return beforeCutOff ? date.minusDays(1) : date;
    }

    /** The instant at which business date {@code date} begins. */
    public Instant startOf(LocalDate date) {
        LocalDate day = startsInTheEvening() ? date.minusDays(1) : date;
        return day.atTime(cutOff).atZone(zone).toInstant();
    }

    /** The start of the business date after the one {@code instant} belongs to: "from the next day on". */
    public Instant nextStartAfter(Instant instant) {
        return startOf(dateOf(instant).plusDays(1));
    }

    private boolean startsInTheEvening() {
        return !cutOff.isBefore(LocalTime.NOON);
    }
}
