package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.BusinessDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time in which qualifying volume counts (D1): from the deposit swipe's {@code capturedAt}
 * (inclusive) to {@code end} (exclusive), so a sale captured at {@code end} is already too late.
 */
public record DepositWindow(Instant start, Instant end) {

    private static final Duration DAY = Duration.ofHours(24);

    public DepositWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A deposit window ends after it starts");
        }
    }

    public static DepositWindow startingAt(Instant start, Duration length) {
        return new DepositWindow(start, start.plus(length));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether the window has ended at {@code now}: its end is exclusive, so at {@code end} it has. */
    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(end);
    }

    /**
     * The business date of the window's end: once settlement has closed it, every sale captured in
     * the window has settled or is held, so the volume is final (D4).
     */
    public LocalDate endBusinessDate(BusinessDay businessDay) {
        return businessDay.dateOf(end);
    }

    /**
     * Whole days left at {@code now}, a started day counting as left (the merchant can still swipe on
     * it); 0 once the window has ended, never negative (D6).
     */
    public long daysLeftAt(Instant now) {
        if (!now.isBefore(end)) {
            return 0;
        }
        Duration left = Duration.between(now, end);
        long days = left.dividedBy(DAY);
        return left.equals(DAY.multipliedBy(days)) ? days : days + 1;
    }
}
