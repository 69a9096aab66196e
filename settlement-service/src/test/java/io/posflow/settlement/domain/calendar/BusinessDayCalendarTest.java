package io.posflow.settlement.domain.calendar;

import io.posflow.settlement.config.HolidayCalendarFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S2 against the shipped holiday data (2026 per the State Council notice, 2027 statutory dates so far). */
public class BusinessDayCalendarTest {

    private final BusinessDayCalendar calendar = shipped();

    @Test
    void S2_anOrdinaryWeekendIsSkippedSoFridaySettlesOnMonday() {
        assertThat(calendar.isRunDay(date("2026-11-28"))).isFalse(); // Saturday
        assertThat(calendar.isRunDay(date("2026-11-29"))).isFalse(); // Sunday
        assertThat(calendar.nextRunDayAfter(date("2026-11-27"))).isEqualTo(date("2026-11-30"));
        assertThat(calendar.nextRunDayAfter(date("2026-11-28"))).isEqualTo(date("2026-11-30"));
        assertThat(calendar.nextRunDayAfter(date("2026-11-30"))).isEqualTo(date("2026-12-01"));
    }

    @Test
    void S2_springFestival2026IsOffFromTheFifteenthToTheTwentyThirdOfFebruary() {
        for (LocalDate d = date("2026-02-15"); !d.isAfter(date("2026-02-23")); d = d.plusDays(1)) {
            assertThat(calendar.isRunDay(d)).as("%s", d).isFalse();
        }
        assertThat(calendar.nextRunDayAfter(date("2026-02-14"))).isEqualTo(date("2026-02-24"));
        assertThat(calendar.previousRunDayBefore(date("2026-02-24"))).isEqualTo(date("2026-02-14"));
    }

    @Test
    void S2_theMakeUpSaturdaysAroundSpringFestivalAreWorkingDays() {
        assertThat(calendar.isRunDay(date("2026-02-14"))).isTrue();
        assertThat(calendar.isRunDay(date("2026-02-28"))).isTrue();
        assertThat(calendar.nextRunDayAfter(date("2026-02-13"))).isEqualTo(date("2026-02-14"));
        assertThat(calendar.nextRunDayAfter(date("2026-02-27"))).isEqualTo(date("2026-02-28"));
        assertThat(calendar.nextRunDayAfter(date("2026-02-28"))).isEqualTo(date("2026-03-02"));
    }

    @Test
    void S2_nationalDay2026IsOffFromTheFirstToTheSeventhOfOctoberWithMakeUpDaysOnTheTwentiethAndTheTenth() {
        for (LocalDate d = date("2026-10-01"); !d.isAfter(date("2026-10-07")); d = d.plusDays(1)) {
            assertThat(calendar.isRunDay(d)).as("%s", d).isFalse();
        }
        assertThat(calendar.nextRunDayAfter(date("2026-09-30"))).isEqualTo(date("2026-10-08"));
        assertThat(calendar.isRunDay(date("2026-09-20"))).isTrue();  // Sunday, make-up
        assertThat(calendar.isRunDay(date("2026-10-10"))).isTrue();  // Saturday, make-up
        assertThat(calendar.isRunDay(date("2026-10-11"))).isFalse(); // Sunday
    }

    @Test
    void S2_theOtherHolidaysOf2026AreOffAndTheirMakeUpDaysOn() {
        assertThat(calendar.nextRunDayAfter(date("2025-12-31"))).isEqualTo(date("2026-01-04")); // 元旦, Sunday make-up
        assertThat(calendar.nextRunDayAfter(date("2026-04-03"))).isEqualTo(date("2026-04-07")); // 清明
        assertThat(calendar.nextRunDayAfter(date("2026-04-30"))).isEqualTo(date("2026-05-06")); // 劳动节
        assertThat(calendar.isRunDay(date("2026-05-09"))).isTrue();                             // Saturday make-up
        assertThat(calendar.nextRunDayAfter(date("2026-06-18"))).isEqualTo(date("2026-06-22")); // 端午
        assertThat(calendar.nextRunDayAfter(date("2026-09-24"))).isEqualTo(date("2026-09-28")); // 中秋
    }

    @Test
    void S2_theStatutoryNewYearOf2027IsOffSoTheLastDayOf2026SettlesOnTheFourthOfJanuary() {
        assertThat(calendar.isRunDay(date("2027-01-01"))).isFalse();
        assertThat(calendar.nextRunDayAfter(date("2026-12-31"))).isEqualTo(date("2027-01-04"));
        assertThat(calendar.isRunDay(date("2027-10-01"))).isFalse();
    }

    @Test
    void S2_aYearBeyondTheDataIsOrdinaryWeekdaysOnWeekendsOff() {
        assertThat(calendar.isRunDay(date("2028-01-03"))).isTrue();  // Monday
        assertThat(calendar.isRunDay(date("2028-01-01"))).isFalse(); // Saturday
    }

    @Test
    void S2_aMakeUpWorkingDayThatIsNotAWeekendDayIsRefused() {
        assertThatThrownBy(() -> new BusinessDayCalendar(Set.of(), Set.of(date("2026-11-25")), Set.of(2026)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-25");
    }

    @Test
    void S2_aDateThatIsBothOffAndAMakeUpWorkingDayIsRefused() {
        assertThatThrownBy(() -> new BusinessDayCalendar(Set.of(date("2026-02-14")), Set.of(date("2026-02-14")),
                Set.of(2026))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-02-14");
    }

    public static BusinessDayCalendar shipped() {
        String resource = "/calendar/cn-2026-2027.yml";
        try (InputStream in = BusinessDayCalendarTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return HolidayCalendarFile.read(in, resource);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
