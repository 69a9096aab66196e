package io.posflow.settlement.config;

import io.posflow.settlement.domain.calendar.BusinessDayCalendar;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarFileTest {

    @Test
    void S2_rangesOfDaysOffAndMakeUpWorkingDaysAreReadFromTheFile() throws IOException {
        BusinessDayCalendar calendar = read("""
                years: { 2030: published }
                days-off:
                  - { from: 2030-10-01, to: 2030-10-03, name: 国庆节 }
                make-up-working-days:
                  - { date: "2030-10-12", name: 国庆节调休 }
                """);
        assertThat(calendar.isRunDay(LocalDate.parse("2030-10-02"))).isFalse();
        assertThat(calendar.isRunDay(LocalDate.parse("2030-10-04"))).isTrue();  // Friday
        assertThat(calendar.isRunDay(LocalDate.parse("2030-10-12"))).isTrue();  // Saturday, make-up
    }

    @Test
    void S2_aDayOfAYearNotListedUnderYearsFailsStartUp() {
        assertThatThrownBy(() -> read("""
                years: { 2030: published }
                days-off:
                  - { from: 2031-01-01, to: 2031-01-01, name: 元旦 }
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031-01-01");
    }

    @Test
    void S2_aReversedRangeFailsStartUp() {
        assertThatThrownBy(() -> read("""
                years: { 2030: published }
                days-off:
                  - { from: 2030-10-03, to: 2030-10-01, name: 国庆节 }
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    }

    @Test
    void S2_aYearThatIsNeitherPublishedNorProvisionalFailsStartUp() {
        assertThatThrownBy(() -> read("years: { 2030: maybe }"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    }

    @Test
    void S2_aFileThatIsNotAMappingFailsStartUp() {
        assertThatThrownBy(() -> read("- just a list")).isInstanceOf(IllegalArgumentException.class);
    }

    private static BusinessDayCalendar read(String yaml) throws IOException {
        return HolidayCalendarFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
