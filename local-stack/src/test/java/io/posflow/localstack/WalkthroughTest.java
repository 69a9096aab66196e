package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: where the clock jumps to for the run that settles a day's sales (T+1, S2). */
class WalkthroughTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    @Test
    void aTuesdaysSalesSettleInWednesdaysRunAtTwo() {
        assertThat(Walkthrough.nextWeekdayRunAfter(LocalDate.of(2026, 12, 8)))
                .isEqualTo(OffsetDateTime.of(2026, 12, 9, 2, 0, 5, 0, SHANGHAI).toInstant());
    }

    @Test
    void aFridaysOrAWeekendsSalesSettleInMondaysRun() {
        for (int day = 4; day <= 6; day++) {
            assertThat(Walkthrough.nextWeekdayRunAfter(LocalDate.of(2026, 12, day)))
                    .isEqualTo(OffsetDateTime.of(2026, 12, 7, 2, 0, 5, 0, SHANGHAI).toInstant());
        }
    }
}
