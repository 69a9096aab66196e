package io.posflow.settlement.config;

import io.posflow.settlement.calendar.DailyRunTime;
import io.posflow.settlement.calendar.EveryCalendarDay;
import io.posflow.settlement.calendar.SettlementCalendar;
import io.posflow.settlement.fee.FeeSchedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settlement's business settings as domain values. */
@Configuration(proxyBeanMethods = false)
public class SettlementConfig {

    /** Injected into CapturedTransaction's command handlers by Axon. */
    @Bean
    FeeSchedule feeSchedule(FeeProperties fees) {
        return fees.schedule();
    }

    @Bean
    DailyRunTime dailyRunTime(SettlementRunProperties run) {
        return run.runTime();
    }

    /** Every calendar date runs for now; the business-day calendar (weekends, holidays, make-up days) replaces it. */
    @Bean
    SettlementCalendar settlementCalendar() {
        return new EveryCalendarDay();
    }
}
