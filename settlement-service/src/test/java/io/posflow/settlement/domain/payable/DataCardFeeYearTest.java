package io.posflow.settlement.domain.payable;

import io.posflow.contracts.BusinessDay;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DataCardFeeYearTest {

    // 2026-11-22 23:30 in Shanghai
    private static final Instant ACTIVATED_AT = Instant.parse("2026-11-22T15:30:00Z");

    @Test
    void S4_theActivationYearIsDueAtActivationAndCoversAYearFromItsShanghaiDate() {
        DataCardFeeYear first = new DataCardFeeYear(ACTIVATED_AT, 0, BusinessDay.SHANGHAI);

        assertThat(first.dueAt()).isEqualTo(ACTIVATED_AT);
        assertThat(first.periodStart()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(first.periodEnd()).isEqualTo(LocalDate.parse("2027-11-21"));
    }

    @Test
    void S4_eachAnniversaryIsDueAtTheSameShanghaiTimeYearsLaterAndCoversTheFollowingYear() {
        DataCardFeeYear third = new DataCardFeeYear(ACTIVATED_AT, 0, BusinessDay.SHANGHAI).next().next();

        assertThat(third.year()).isEqualTo(2);
        assertThat(third.dueAt()).isEqualTo(Instant.parse("2028-11-22T15:30:00Z"));
        assertThat(third.periodStart()).isEqualTo(LocalDate.parse("2028-11-22"));
        assertThat(third.periodEnd()).isEqualTo(LocalDate.parse("2029-11-21"));
    }

    @Test
    void S4_aTerminalActivatedOnTheTwentyNinthOfFebruaryIsChargedOnTheTwentyEighthInOrdinaryYears() {
        DataCardFeeYear leap = new DataCardFeeYear(Instant.parse("2028-02-29T02:00:00Z"), 1, BusinessDay.SHANGHAI);

        assertThat(leap.periodStart()).isEqualTo(LocalDate.parse("2029-02-28"));
        assertThat(leap.dueAt()).isEqualTo(Instant.parse("2029-02-28T02:00:00Z"));
    }
}
