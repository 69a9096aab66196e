package io.posflow.settlement.config;

import io.posflow.settlement.domain.calendar.BusinessDayCalendar;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.fee.FeeSchedule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;

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

    /** S2: weekends and the configured holidays are off, make-up working days on; see the data file's header. */
    @Bean
    BusinessDayCalendar settlementCalendar(SettlementCalendarProperties calendar, ResourceLoader resources)
            throws IOException {
        Resource data = resources.getResource(calendar.data());
        if (!data.exists()) {
            throw new IllegalStateException("posflow.settlement.calendar.data " + calendar.data() + " does not exist");
        }
        return HolidayCalendarFile.read(data.getInputStream(), calendar.data());
    }
}
