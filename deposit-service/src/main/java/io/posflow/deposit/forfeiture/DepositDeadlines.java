package io.posflow.deposit.forfeiture;

import io.posflow.contracts.BusinessDay;
import io.posflow.deposit.deposit.DepositForfeited;
import io.posflow.deposit.deposit.DepositOpened;
import io.posflow.deposit.deposit.DepositRefundTriggered;
import io.posflow.deposit.deposit.DepositTargetReached;
import io.posflow.deposit.deposit.DepositWindow;
import io.posflow.platform.duework.DueWorkScheduler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link DepositDeadline} for every HELD deposit and schedules its forfeiture check at the window's
 * end. A subscribing processor: it is written in the transaction that opens or closes the Deposit, so a
 * SettlementDayClosed handled right after never misses a deposit.
 */
@Component
@ProcessingGroup(DepositDeadlines.PROCESSING_GROUP)
public class DepositDeadlines {

    public static final String PROCESSING_GROUP = "deposit-deadlines";

    private final BusinessDay businessDay;
    private final DepositDeadlineRepository deadlines;
    private final DueWorkScheduler scheduler;

    DepositDeadlines(DepositDeadlineRepository deadlines, DueWorkScheduler scheduler, BusinessDay businessDay) {
        this.businessDay = businessDay;
        this.deadlines = deadlines;
        this.scheduler = scheduler;
    }

    @EventHandler
    void on(DepositOpened event) {
        DepositWindow window = new DepositWindow(event.windowStart(), event.windowEnd());
        if (!deadlines.existsById(event.serialNumber())) {
            deadlines.save(new DepositDeadline(event.serialNumber(), window.end(), window.endBusinessDate(businessDay)));
        }
        scheduler.scheduleIfAbsent(Forfeiture.KIND, event.serialNumber(), window.end(), null);
    }

    /** A deposit that reached its target can no longer be forfeited, refunded at once or not (D3, D4). */
    @EventHandler
    void on(DepositTargetReached event) {
        deadlines.deleteById(event.serialNumber());
    }

    /**
     * A deposit whose refund was triggered can no longer be forfeited. Its check at the window's end is
     * left to run and find nothing: cancelling it here could delete the very item the poller is running.
     */
    @EventHandler
    void on(DepositRefundTriggered event) {
        deadlines.deleteById(event.serialNumber());
    }

    @EventHandler
    void on(DepositForfeited event) {
        deadlines.deleteById(event.serialNumber());
    }
}
