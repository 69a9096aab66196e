package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: an open model's sends are due by the clock, never by the answers (no coordinated omission). */
class RateScheduleTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 5 * SECOND;

    @Test
    void sendNIsDueNOverTheRateSecondsAfterTheStart() {
        RateSchedule schedule = RateSchedule.starting(20, START, 10 * SECOND);

        assertThat(schedule.dueNanos(0)).isEqualTo(START);
        assertThat(schedule.dueNanos(1)).isEqualTo(START + SECOND / 20);
        assertThat(schedule.dueNanos(200)).isEqualTo(START + 10 * SECOND);
    }

    @Test
    void aRunOffersItsRateTimesItsDurationAndTheSendDueAtItsEndIsNotPartOfIt() {
        RateSchedule schedule = RateSchedule.starting(20, START, 10 * SECOND);

        assertThat(schedule.offered()).isEqualTo(200);
        assertThat(schedule.within(schedule.dueNanos(199))).isTrue();
        assertThat(schedule.within(schedule.dueNanos(200))).isFalse();
    }

    @Test
    void aFractionalRateSpacesItsSendsEvenly() {
        RateSchedule schedule = RateSchedule.starting(0.5, START, 10 * SECOND);

        assertThat(schedule.dueNanos(3)).isEqualTo(START + 6 * SECOND);
        assertThat(schedule.offered()).isEqualTo(5);
    }

    @Test
    void aZeroRateIsAClosedModelWithoutDueTimes() {
        RateSchedule closed = RateSchedule.starting(0, START, 10 * SECOND);

        assertThat(closed.open()).isFalse();
        assertThat(closed.within(START + 10 * SECOND - 1)).isTrue();
        assertThatThrownBy(() -> closed.dueNanos(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNegativeRateOrAnEmptyRunIsRefused() {
        assertThatThrownBy(() -> RateSchedule.starting(-1, START, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateSchedule.starting(1, START, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
