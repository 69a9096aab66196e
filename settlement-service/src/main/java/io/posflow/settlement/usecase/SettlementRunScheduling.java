package io.posflow.settlement.usecase;

import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Puts the daily run on the due-work table at start-up, at its next occurrence. A run already scheduled
 * (a restart) is kept as it is, so the runs missed while the service was down still run, in order.
 */
@Component
class SettlementRunScheduling implements ApplicationRunner {

    private final DueWorkScheduler scheduler;
    private final DailyRunTime runTime;
    private final Clock clock;

    SettlementRunScheduling(DueWorkScheduler scheduler, DailyRunTime runTime, Clock clock) {
        this.scheduler = scheduler;
        this.runTime = runTime;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.scheduleIfAbsent(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY,
                runTime.firstAfter(clock.instant()), null);
    }
}
