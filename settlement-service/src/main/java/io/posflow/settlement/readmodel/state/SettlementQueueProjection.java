package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.transaction.CaptureRecorded;
import io.posflow.settlement.domain.transaction.CashOutHoldReleased;
import io.posflow.settlement.domain.transaction.CashOutRiskFlagged;
import io.posflow.settlement.domain.transaction.SaleVoided;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The T1 sales and the refunds the daily run has still to settle; a voided sale leaves it (T5). Subscribing (see ProcessingConfig): updated in the
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
        // A refund settles in the next run whatever the speed (D2, ADR 0010); a void is applied to its sale.
        if (event.type() == TransactionType.REFUND) {
            pending.save(new PendingSettlement(event.transactionId().value(), event.businessDate(),
                    event.capturedAt(), event.originalTransactionId().value()));
            return;
        }
        // A T0 sale settles at capture (S3).
        if (event.type() != TransactionType.SALE || event.speed() != SettlementSpeed.T1) {
            return;
        }
        pending.save(new PendingSettlement(event.transactionId().value(), event.businessDate(), event.capturedAt()));
    }

    /** S7: a held sale waits for ops, not for the run. */
    @EventHandler
    void on(CashOutRiskFlagged event) {
        pending.findById(event.transactionId().value()).ifPresent(pending::delete);
    }

    /** S7: a released sale settles in the next run, T0 included. */
    @EventHandler
    void on(CashOutHoldReleased event) {
        pending.save(new PendingSettlement(event.transactionId().value(), event.businessDate(), event.capturedAt()));
    }

    @EventHandler
    void on(SaleVoided event) {
        pending.findById(event.transactionId().value()).ifPresent(pending::delete);
    }

    @EventHandler
    void on(TransactionSettled event) {
        pending.findById(event.transactionId().value()).ifPresent(pending::delete);
    }
}
