package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.DailyLimits.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** T4: the per-transaction and per-business-day limits, and the day's total the terminal keeps for them. */
class DailyLimitsTest {

    /** 100 yuan per SALE, 200 yuan per business date. */
    private static final Limits LIMITS = new Limits(Money.ofFen(10_000), Money.ofFen(20_000));
    private static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @Test
    void T4_aSaleWithinBothLimitsIsAllowed() {
        assertThat(DailyLimits.NONE.check(LIMITS, Money.ofFen(10_000), DAY)).isEmpty();
    }

    @Test
    void T4_aSaleOverThePerTransactionLimitIsDeclinedLimitPerTransaction() {
        assertThat(DailyLimits.NONE.check(LIMITS, Money.ofFen(10_001), DAY))
                .contains(new Rejection(ReasonCode.LIMIT_PER_TRANSACTION, Rule.PER_TRANSACTION));
    }

    @Test
    void T4_aSaleTakingTheDayOverItsLimitIsDeclinedLimitPerDay() {
        DailyLimits day = DailyLimits.NONE.counted(Money.ofFen(10_000), DAY).counted(Money.ofFen(5_000), DAY);

        assertThat(day.check(LIMITS, Money.ofFen(5_000), DAY)).isEmpty();
        assertThat(day.check(LIMITS, Money.ofFen(5_001), DAY))
                .contains(new Rejection(ReasonCode.LIMIT_PER_DAY, Rule.PER_BUSINESS_DAY));
    }

    @Test
    void T4_thePerTransactionLimitIsCheckedFirst() {
        DailyLimits fullDay = DailyLimits.NONE.counted(Money.ofFen(20_000), DAY);

        assertThat(fullDay.check(LIMITS, Money.ofFen(10_001), DAY)).map(Rejection::rule).contains(Rule.PER_TRANSACTION);
    }

    @Test
    void T4_aNewBusinessDateStartsAtZero() {
        DailyLimits fullDay = DailyLimits.NONE.counted(Money.ofFen(20_000), DAY);

        assertThat(fullDay.check(LIMITS, Money.ofFen(10_000), DAY.plusDays(1))).isEmpty();
        assertThat(fullDay.counted(Money.ofFen(1), DAY.plusDays(1)))
                .isEqualTo(new DailyLimits(DAY.plusDays(1), Money.ofFen(1)));
    }

    @Test
    void T4_onlyTheLatestBusinessDateIsKept() {
        DailyLimits twoDays = DailyLimits.NONE.counted(Money.ofFen(7_000), DAY).counted(Money.ofFen(3_000),
                DAY.plusDays(1));

        assertThat(twoDays).isEqualTo(new DailyLimits(DAY.plusDays(1), Money.ofFen(3_000)));
        assertThat(twoDays.approvedOn(DAY)).isEqualTo(Money.ZERO);
    }

    @Test
    void T8_theDayAReplacedTerminalHandedOverGoesOnAtItsReplacement() {
        Handover handover = new Handover(TerminalFixtures.MERCHANT, TerminalModel.ESIGN, ApplicantType.PERSONAL,
                SettlementSpeed.T1, Money.ofFen(9_900), DAY, Money.ofFen(15_000));

        assertThat(DailyLimits.handedOver(handover).check(LIMITS, Money.ofFen(5_001), DAY))
                .map(Rejection::rule).contains(Rule.PER_BUSINESS_DAY);
    }
}
