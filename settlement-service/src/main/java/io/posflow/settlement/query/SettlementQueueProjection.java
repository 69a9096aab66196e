package io.posflow.settlement.query;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.transaction.CaptureRecorded;
import io.posflow.settlement.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The T1 sales the daily run has still to settle. Subscribing (see ProcessingConfig): updated in the
 * transaction that records or settles the sale, so the run never misses one nor settles one twice.
 */
@Component
@ProcessingGroup(SettlementQueueProjection.PROCESSING_GROUP)
public class SettlementQueueProjection {

    public static final String PROCESSING_GROUP = "settlement-queue";

    private final PendingSettlementRepository pending;

    public SettlementQueueProjection(PendingSettlementRepository pending) {
        this.pending = pending;
    }

    @EventHandler
    void on(CaptureRecorded event) {
        // A T0 sale settles at capture (S3); voids and refunds have their own rules.
        if (event.type() != TransactionType.SALE || event.speed() != SettlementSpeed.T1) {
            return;
        }
        pending.save(new PendingSettlement(event.transactionId().value(), event.businessDate(), event.capturedAt()));
    }

    @EventHandler
    void on(TransactionSettled event) {
        pending.findById(event.transactionId().value()).ifPresent(pending::delete);
    }
}
