package io.posflow.deposit.domain.deposit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DepositWindowTest {

    private static final Instant START = Instant.parse("2026-11-22T03:00:00Z");
    private final DepositWindow window = DepositWindow.startingAt(START, Duration.ofHours(60 * 24));

    @Test
    void D6_atTheDepositSwipeSixtyDaysAreLeft() {
        assertThat(window.daysLeftAt(START)).isEqualTo(60);
    }

    @Test
    void D6_aStartedDayCountsAsLeft() {
        assertThat(window.daysLeftAt(START.plusSeconds(1))).isEqualTo(60);
        assertThat(window.daysLeftAt(window.end().minusSeconds(1))).isEqualTo(1);
    }

    @Test
    void D6_daysLeftIsNeverNegative() {
        assertThat(window.daysLeftAt(window.end())).isZero();
        assertThat(window.daysLeftAt(window.end().plus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void D2_theWindowIncludesItsStartAndExcludesItsEnd() {
        assertThat(window.contains(START)).isTrue();
        assertThat(window.contains(START.minusMillis(1))).isFalse();
        assertThat(window.contains(window.end())).isFalse();
    }
}
