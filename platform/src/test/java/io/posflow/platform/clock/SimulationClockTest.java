package io.posflow.platform.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationClockTest {

    private static final Instant REAL = Instant.parse("2026-11-22T02:00:00Z");
    private final Clock base = Clock.fixed(REAL, ZoneOffset.UTC);

    @Test
    void itIsTheRealClockPlusTheOffset() {
        SimulationClock clock = new SimulationClock(base, Duration.ofHours(3));

        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofHours(3)));
    }

    @Test
    void movingItForwardKeepsItTicking() {
        SimulationClock clock = new SimulationClock(Clock.offset(base, Duration.ZERO), Duration.ZERO);
        Instant target = Instant.parse("2027-01-01T00:00:00Z");

        clock.moveTo(target);

        assertThat(clock.instant()).isEqualTo(target);
        assertThat(clock.offset()).isEqualTo(Duration.between(REAL, target));
    }

    @Test
    void movingItToTheSameInstantIsAllowed() {
        SimulationClock clock = new SimulationClock(base, Duration.ZERO);

        clock.moveTo(REAL);

        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void itTicksInMicrosecondsLikeTheDatabase() {
        SimulationClock clock = new SimulationClock(Clock.fixed(REAL.plusNanos(1_234_567), ZoneOffset.UTC), Duration.ZERO);

        assertThat(clock.instant()).isEqualTo(REAL.plusNanos(1_234_000));
    }

    @Test
    void itNeverMovesBackwards() {
        SimulationClock clock = new SimulationClock(base, Duration.ofDays(1));

        assertThatThrownBy(() -> clock.moveTo(REAL))
                .isInstanceOf(ClockMovedBackwardsException.class)
                .satisfies(e -> assertThat(((ClockMovedBackwardsException) e).code()).isEqualTo("CLOCK_MOVED_BACKWARDS"));
        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofDays(1)));
    }
}
