package io.posflow.terminal.terminal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The business date of an instant: its Asia/Shanghai calendar date, cut off at midnight (architecture §3 Time). */
public final class BusinessDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDate() {
    }

    public static LocalDate of(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
