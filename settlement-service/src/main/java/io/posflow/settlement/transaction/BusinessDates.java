package io.posflow.settlement.transaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business date of an instant: its Asia/Shanghai calendar date (architecture §3 Time). Settlement derives it
 * from {@code capturedAt} itself rather than trusting a field, because runs and statements are keyed by it.
 */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
