package io.posflow.settlement.transaction;

import io.posflow.contracts.terminal.TransactionPurpose;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One transaction terminal-service captured, on its way through settlement. Thin for now: fees (S1/S3),
 * the T+1 run (S2) and holds (S7/S8) move it on in later issues.
 */
@Aggregate
public class CapturedTransaction {

    @AggregateIdentifier
    private TransactionId transactionId;
    private CaptureStatus status;

    protected CapturedTransaction() {
    }

    /**
     * S5: the deposit swipe becomes DepositCollected instead of a settlement; anything else waits for its run.
     * TransactionCaptured may be delivered more than once; the transaction is recorded once.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCapture command) {
        if (status != null) {
            return;
        }
        if (command.purpose() == TransactionPurpose.DEPOSIT) {
            apply(new DepositCollected(command.transactionId(), command.serialNumber(), command.merchantNo(),
                    command.merchantDeviceModel(), command.channel(), command.amount(), command.capturedAt(),
                    BusinessDates.of(command.capturedAt())));
        } else {
            apply(new CaptureRecorded(command.transactionId(), command.serialNumber(), command.merchantNo(),
                    command.type(), command.channel(), command.cardType(), command.wallet(), command.amount(),
                    command.capturedAt(), BusinessDates.of(command.capturedAt()), command.originalTransactionId(),
                    command.speed()));
        }
    }

    @EventSourcingHandler
    void on(DepositCollected event) {
        this.transactionId = event.transactionId();
        this.status = CaptureStatus.DEPOSIT_COLLECTED;
    }

    @EventSourcingHandler
    void on(CaptureRecorded event) {
        this.transactionId = event.transactionId();
        this.status = CaptureStatus.PENDING_SETTLEMENT;
    }
}
