package io.posflow.settlement.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the daily settlement run starts: a local time in a zone (default 02:00 Asia/Shanghai). The run of
 * run date R is due at that time on R.
 */
public record DailyRunTime(LocalTime at, ZoneId zone) {

    public DailyRunTime {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** The instant the run of {@code runDate} is due. */
    public Instant on(LocalDate runDate) {
        return runDate.atTime(at).atZone(zone).toInstant();
    }

    /** The run date whose run is due at {@code dueAt}. */
    public LocalDate runDateOf(Instant dueAt) {
        return LocalDate.ofInstant(dueAt, zone);
    }

    /** The first run strictly after {@code instant}. */
    public Instant firstAfter(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        Instant candidate = on(date);
        return candidate.isAfter(instant) ? candidate : on(date.plusDays(1));
    }
}
