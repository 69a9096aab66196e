package io.posflow.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void byDefaultTheBusinessDateIsTheShanghaiCalendarDate() {
        assertThat(BusinessDay.SHANGHAI.dateOf(Instant.parse("2026-11-22T15:59:59Z"))).isEqualTo("2026-11-22");
        assertThat(BusinessDay.SHANGHAI.dateOf(Instant.parse("2026-11-22T16:00:00Z"))).isEqualTo("2026-11-23");
        assertThat(BusinessDay.SHANGHAI.startOf(LocalDate.parse("2026-11-23"))).isEqualTo("2026-11-22T16:00:00Z");
    }

    @Test
    void anEveningCutOffStartsTheNextBusinessDateEarly() {
        BusinessDay day = new BusinessDay(SHANGHAI, LocalTime.of(23, 0));

        assertThat(day.dateOf(Instant.parse("2026-12-04T14:59:00Z"))).isEqualTo("2026-12-04"); // 22:59 local
        assertThat(day.dateOf(Instant.parse("2026-12-04T15:30:00Z"))).isEqualTo("2026-12-05"); // 23:30 local
        assertThat(day.startOf(LocalDate.parse("2026-12-05"))).isEqualTo("2026-12-04T15:00:00Z");
    }

    @Test
    void aMorningCutOffStartsTheBusinessDateLate() {
        BusinessDay day = new BusinessDay(SHANGHAI, LocalTime.of(2, 0));

        assertThat(day.dateOf(Instant.parse("2026-12-04T17:30:00Z"))).isEqualTo("2026-12-04"); // 01:30 on the 5th
        assertThat(day.dateOf(Instant.parse("2026-12-04T18:00:00Z"))).isEqualTo("2026-12-05"); // 02:00 on the 5th
        assertThat(day.nextStartAfter(Instant.parse("2026-12-04T17:30:00Z"))).isEqualTo("2026-12-04T18:00:00Z");
    }

    @Test
    void everyInstantLiesInItsBusinessDateWhateverTheCutOff() {
        Random random = new Random(42);
        for (LocalTime cutOff : List.of(LocalTime.MIDNIGHT, LocalTime.of(2, 0), LocalTime.of(11, 59),
                LocalTime.NOON, LocalTime.of(23, 0))) {
            BusinessDay day = new BusinessDay(SHANGHAI, cutOff);
            for (int i = 0; i < 2_000; i++) {
                Instant instant = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(400 * 86_400));
                LocalDate date = day.dateOf(instant);
                assertThat(day.startOf(date)).as("start of %s, cut-off %s", date, cutOff).isBeforeOrEqualTo(instant);
                assertThat(day.startOf(date.plusDays(1))).isAfter(instant);
            }
        }
    }
}
