package io.posflow.settlement.readmodel.view;

import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.transaction.CaptureRecorded;
import io.posflow.settlement.domain.transaction.CaptureStatus;
import io.posflow.settlement.domain.transaction.CashOutHoldRejected;
import io.posflow.settlement.domain.transaction.CashOutHoldReleased;
import io.posflow.settlement.domain.transaction.CashOutRiskFlagged;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.SaleVoided;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The merchant's statement per date: what was captured, which deposit swipes were collected, and what was
 * settled with which fees.
 */
@Component
@ProcessingGroup(StatementProjection.PROCESSING_GROUP)
public class StatementProjection {

    public static final String PROCESSING_GROUP = "statements";

    private final StatementLineRepository lines;

    public StatementProjection(StatementLineRepository lines) {
        this.lines = lines;
    }

    @EventHandler
    void on(CaptureRecorded event, @SequenceNumber long sequence) {
        StatementLine line = lineFor(event.transactionId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        line.captured(event.merchantNo().value(), event.businessDate(), event.serialNumber().value(), event.type(),
                TransactionPurpose.SALE, event.channel(), event.amount().fen(), event.capturedAt(),
                CaptureStatus.PENDING_SETTLEMENT, null, sequence);
        lines.save(line);
    }

    @EventHandler
    void on(DepositCollected event, @SequenceNumber long sequence) {
        StatementLine line = lineFor(event.transactionId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        // The deposit swipe is a SALE whose purpose is DEPOSIT (T3).
        line.captured(event.merchantNo().value(), event.businessDate(), event.serialNumber().value(),
                TransactionType.SALE, TransactionPurpose.DEPOSIT, event.channel(), event.deposit().fen(),
                event.capturedAt(), CaptureStatus.DEPOSIT_COLLECTED, event.deviceModel(), sequence);
        lines.save(line);
    }

    @EventHandler
    void on(TransactionSettled event, @SequenceNumber long sequence) {
        StatementLine line = lineFor(event.transactionId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        line.settled(event.settlementDate(), event.mdrFee().fen(), event.surcharge().fen(), event.net().fen(),
                sequence);
        lines.save(line);
    }

    @EventHandler
    void on(SaleVoided event, @SequenceNumber long sequence) {
        statusChanged(event.transactionId().value(), CaptureStatus.VOIDED, sequence);
    }

    @EventHandler
    void on(CashOutRiskFlagged event, @SequenceNumber long sequence) {
        statusChanged(event.transactionId().value(), CaptureStatus.HELD_FOR_REVIEW, sequence);
    }

    @EventHandler
    void on(CashOutHoldReleased event, @SequenceNumber long sequence) {
        statusChanged(event.transactionId().value(), CaptureStatus.PENDING_SETTLEMENT, sequence);
    }

    @EventHandler
    void on(CashOutHoldRejected event, @SequenceNumber long sequence) {
        statusChanged(event.transactionId().value(), CaptureStatus.REJECTED, sequence);
    }

    private void statusChanged(String transactionId, CaptureStatus status, long sequence) {
        StatementLine line = lineFor(transactionId);
        if (line.hasApplied(sequence)) {
            return;
        }
        line.statusChanged(status, sequence);
        lines.save(line);
    }

    private StatementLine lineFor(String transactionId) {
        return lines.findById(transactionId).orElseGet(() -> new StatementLine(transactionId));
    }
}
