package io.posflow.settlement.usecase;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.readmodel.state.UnpaidSettlementProjection;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A T0 settlement (S3) is paid on its own, right after it settles: its TransactionSettled schedules this due
 * work (key: the transaction id) in the settling transaction, and the work requests the payout. Kept apart
 * from capture so that a capture never waits on payout bookkeeping, and a crash in between loses nothing.
 */
@Component
@ProcessingGroup(UnpaidSettlementProjection.PROCESSING_GROUP)
public class T0PayoutWork implements DueWorkHandler {

    public static final String KIND = "settlement.t0-payout";

    private final SettlementPayouts payouts;
    private final DueWorkScheduler dueWork;
    private final Clock clock;

    public T0PayoutWork(SettlementPayouts payouts, DueWorkScheduler dueWork, Clock clock) {
        this.payouts = payouts;
        this.dueWork = dueWork;
        this.clock = clock;
    }

    @EventHandler
    void on(TransactionSettled event) {
        if (event.speed() == SettlementSpeed.T0) {
            dueWork.scheduleIfAbsent(KIND, event.transactionId().value(), event.settledAt(), null);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        payouts.payT0(new TransactionId(work.key()), clock.instant());
        return DueWorkOutcome.done();
    }
}
