package io.posflow.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real clock plus an offset, so simulated time keeps ticking (architecture §5 "Simulation").
 * It only moves forward: scheduled work reacts to a jump exactly as to time passing.
 */
public final class SimulationClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public SimulationClock(Clock base, Duration initialOffset) {
        this.base = base;
        this.offset = new AtomicReference<>(initialOffset);
    }

    /** Moves the clock to {@code target}; refuses a target earlier than now. Returns the new offset. */
    public synchronized Duration moveTo(Instant target) {
        Instant now = instant();
        if (target.isBefore(now)) {
            throw new ClockMovedBackwardsException(now, target);
        }
        Duration next = Duration.between(base.instant(), target);
        offset.set(next);
        return next;
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("posflow keeps instants in UTC; convert at the edge");
    }

    /** Microsecond precision, like the database columns: an instant read back equals the one written. */
    @Override
    public Instant instant() {
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }
}
