package io.posflow.settlement.transaction;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.fee.FeeSchedule;
import io.posflow.settlement.fee.Fees;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One transaction terminal-service captured, on its way through settlement: recorded, then settled once
 * with its fees (S1) — in the T+1 run (S2), or at capture for a T0 merchant (S3). The deposit swipe is
 * collected instead and never settles (S5). Holds (S7/S8), voids and refunds join in later issues.
 */
@Aggregate
public class CapturedTransaction {

    @AggregateIdentifier
    private TransactionId transactionId;
    private CaptureStatus status;
    private CaptureRecorded capture;

    protected CapturedTransaction() {
    }

    /**
     * S5: the deposit swipe becomes DepositCollected instead of a settlement; a T0 SALE settles at once with
     * the surcharge (S3); anything else waits for its run. TransactionCaptured may be delivered more than
     * once; the transaction is recorded once.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCapture command, FeeSchedule fees) {
        if (status != null) {
            return;
        }
        if (command.purpose() == TransactionPurpose.DEPOSIT) {
            apply(new DepositCollected(command.transactionId(), command.serialNumber(), command.merchantNo(),
                    command.merchantDeviceModel(), command.channel(), command.amount(), command.capturedAt(),
                    BusinessDates.of(command.capturedAt())));
            return;
        }
        LocalDate businessDate = BusinessDates.of(command.capturedAt());
        apply(new CaptureRecorded(command.transactionId(), command.serialNumber(), command.merchantNo(),
                command.type(), command.channel(), command.cardType(), command.wallet(), command.amount(),
                command.capturedAt(), businessDate, command.originalTransactionId(), command.speed()));
        if (command.speed() == SettlementSpeed.T0 && command.type() == TransactionType.SALE) {
            settle(fees, businessDate, command.capturedAt());
        }
    }

    /** S2: settles in its run, once; the deposit swipe never (S5). */
    @CommandHandler
    void handle(SettleTransaction command, FeeSchedule fees) {
        if (status == CaptureStatus.DEPOSIT_COLLECTED) {
            throw new TransactionNotSettleableException(transactionId, "the deposit swipe is never paid out (S5)");
        }
        if (status == CaptureStatus.SETTLED) {
            throw new TransactionAlreadySettledException(transactionId);
        }
        if (capture.type() != TransactionType.SALE) {
            throw new TransactionNotSettleableException(transactionId, "a " + capture.type() + " is not a sale");
        }
        settle(fees, command.settlementDate(), command.settledAt());
    }

    private void settle(FeeSchedule schedule, LocalDate settlementDate, Instant settledAt) {
        Fees fees = schedule.feesFor(capture.channel(), capture.cardType(), capture.wallet(), capture.amount(),
                capture.speed());
        apply(new TransactionSettled(transactionId, capture.serialNumber(), capture.merchantNo(), capture.type(),
                capture.channel(), capture.cardType(), capture.wallet(), fees.amount(), fees.mdrFee(),
                fees.surcharge(), fees.net(), capture.capturedAt(), capture.businessDate(), settlementDate,
                capture.speed(), capture.originalTransactionId(), settledAt));
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
        this.capture = event;
    }

    @EventSourcingHandler
    void on(TransactionSettled event) {
        this.status = CaptureStatus.SETTLED;
    }
}
