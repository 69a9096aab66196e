package io.posflow.deposit.readmodel.state;

import io.posflow.contracts.BusinessDay;
import io.posflow.deposit.domain.deposit.DepositForfeited;
import io.posflow.deposit.domain.deposit.DepositOpened;
import io.posflow.deposit.domain.deposit.DepositRefundTriggered;
import io.posflow.deposit.domain.deposit.DepositTargetReached;
import io.posflow.deposit.domain.deposit.DepositWindow;
import io.posflow.deposit.usecase.ForfeitureWork;
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
@ProcessingGroup(DepositDeadlineProjection.PROCESSING_GROUP)
public class DepositDeadlineProjection {

    public static final String PROCESSING_GROUP = "deposit-deadlines";

    private final BusinessDay businessDay;
    private final DepositDeadlineRepository deadlines;
    private final DueWorkScheduler scheduler;

    DepositDeadlineProjection(DepositDeadlineRepository deadlines, DueWorkScheduler scheduler, BusinessDay businessDay) {
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
        scheduler.scheduleIfAbsent(ForfeitureWork.KIND, event.serialNumber(), window.end(), null);
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
