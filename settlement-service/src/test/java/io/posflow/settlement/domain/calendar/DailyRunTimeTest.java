package io.posflow.settlement.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DailyRunTimeTest {

    private final DailyRunTime twoAmShanghai = new DailyRunTime(LocalTime.of(2, 0), ZoneId.of("Asia/Shanghai"));

    @Test
    void S2_theRunOfADateIsDueAtTwoInTheMorningShanghaiTime() {
        assertThat(twoAmShanghai.on(LocalDate.parse("2026-11-23"))).isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
        assertThat(twoAmShanghai.runDateOf(Instant.parse("2026-11-22T18:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void S2_theNextRunIsTheFirstStrictlyAfterNow() {
        assertThat(twoAmShanghai.firstAfter(Instant.parse("2026-11-22T05:55:00Z"))) // 13:55 on the 22nd
                .isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
        assertThat(twoAmShanghai.firstAfter(Instant.parse("2026-11-22T17:30:00Z"))) // 01:30 on the 23rd
                .isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
        assertThat(twoAmShanghai.firstAfter(Instant.parse("2026-11-22T18:00:00Z"))) // exactly at 02:00
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
    }
}
