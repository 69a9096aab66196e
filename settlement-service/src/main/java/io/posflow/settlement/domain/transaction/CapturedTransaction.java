package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.fee.FeeSchedule;
import io.posflow.settlement.domain.fee.Fees;
import io.posflow.settlement.domain.fee.RefundFees;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One transaction terminal-service captured, on its way through settlement: recorded, then settled once
 * with its fees (S1) — in the T+1 run (S2), or at capture for a T0 merchant (S3). The deposit swipe is
 * collected instead and never settles (S5). A VOID cancels a pending SALE, which then never settles (T5, D2);
 * a void that arrives after the sale settled is held and reported, never applied silently. A REFUND settles
 * in the next run as a negative settlement with the original's fees given back pro rata (D2, ADR 0010). A SALE
 * on a card the merchant itself used is held for ops review instead of settling (S7).
 */
@Aggregate
public class CapturedTransaction {

    @AggregateIdentifier
    private TransactionId transactionId;
    private CaptureStatus status;
    private CaptureRecorded capture;
    private LocalDate settlementDate;
    private final Set<TransactionId> voidsReported = new HashSet<>();
    private boolean heldForReview;
    private boolean holdReleased;

    protected CapturedTransaction() {
    }

    /**
     * S5: the deposit swipe becomes DepositCollected instead of a settlement; a T0 SALE settles at once with
     * the surcharge (S3); anything else waits for its run. TransactionCaptured may be delivered more than
     * once; the transaction is recorded once.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCapture command, FeeSchedule fees, BusinessDay businessDay) {
        if (status != null) {
            return;
        }
        if (command.purpose() == TransactionPurpose.DEPOSIT) {
            apply(new DepositCollected(command.transactionId(), command.serialNumber(), command.merchantNo(),
                    command.merchantDeviceModel(), command.channel(), command.amount(), command.capturedAt(),
                    businessDay.dateOf(command.capturedAt())));
            return;
        }
        LocalDate businessDate = businessDay.dateOf(command.capturedAt());
        apply(new CaptureRecorded(command.transactionId(), command.serialNumber(), command.merchantNo(),
                command.type(), command.channel(), command.cardType(), command.wallet(), command.amount(),
                command.capturedAt(), businessDate, command.originalTransactionId(), command.speed()));
        if (command.cashOutRisk() != null) {
            // S7: held for ops review instead of settling, T0 included.
            apply(new CashOutRiskFlagged(command.transactionId(), command.serialNumber(), command.merchantNo(),
                    command.amount(), command.cashOutRisk(), businessDate, command.capturedAt()));
            return;
        }
        if (command.speed() == SettlementSpeed.T0 && command.type() == TransactionType.SALE) {
            settle(fees, businessDate, command.capturedAt());
        }
    }

    /** S2: settles in its run, once; the deposit swipe never (S5), nor a voided sale (T5) or a held one (S7). */
    @CommandHandler
    void handle(SettleTransaction command, FeeSchedule fees) {
        if (status == CaptureStatus.VOIDED) {
            throw new TransactionNotSettleableException(transactionId, "it was voided (T5)");
        }
        if (status == CaptureStatus.HELD_FOR_REVIEW || status == CaptureStatus.REJECTED) {
            throw new TransactionNotSettleableException(transactionId, "it is held as a possible self-swipe (S7)");
        }
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

    /**
     * S7: ops release a held sale — it settles in the next run — or reject it: never paid. The same decision
     * again is answered with the status it led to; the other one is refused.
     */
    @CommandHandler
    CaptureStatus handle(ReviewCashOutHold command) {
        if (!heldForReview) {
            throw new NotHeldException(transactionId);
        }
        if (status == CaptureStatus.HELD_FOR_REVIEW) {
            if (command.release()) {
                apply(new CashOutHoldReleased(transactionId, capture.merchantNo(), capture.businessDate(),
                        capture.capturedAt(), capture.speed(), command.decidedAt()));
            } else {
                apply(new CashOutHoldRejected(transactionId, capture.merchantNo(), command.decidedAt()));
            }
            return status;
        }
        boolean rejected = status == CaptureStatus.REJECTED;
        if (rejected == command.release() || (!rejected && !holdReleased)) {
            throw new HoldAlreadyDecidedException(transactionId, status);
        }
        return status;
    }

    /**
     * T5: a pending SALE is voided and never settles; a settled one is not un-paid silently — the void is
     * reported once for ops (a void racing the run). Delivered again, nothing changes.
     */
    @CommandHandler
    VoidOutcome handle(VoidSale command) {
        if (status == CaptureStatus.VOIDED) {
            return VoidOutcome.ALREADY_VOIDED;
        }
        if (capture == null || capture.type() != TransactionType.SALE || status == CaptureStatus.REJECTED) {
            return VoidOutcome.NOT_VOIDABLE;
        }
        if (status == CaptureStatus.SETTLED) {
            if (voidsReported.contains(command.voidId())) {
                return VoidOutcome.ALREADY_REPORTED;
            }
            apply(new VoidAfterSettlementReported(transactionId, command.voidId(), capture.serialNumber(),
                    capture.merchantNo(), capture.amount(), settlementDate, command.voidedAt()));
            return VoidOutcome.REPORTED_AFTER_SETTLEMENT;
        }
        apply(new SaleVoided(transactionId, command.voidId(), capture.serialNumber(), capture.merchantNo(),
                capture.amount(), capture.businessDate(), command.voidedAt()));
        return VoidOutcome.VOIDED;
    }

    /**
     * S2, D2: a pending REFUND settles in its run as a negative settlement, giving back the refunded share of
     * the original's fees (ADR 0010). Refunds of one sale never add up to more than its amount: one that would
     * is left pending rather than failing the whole run.
     */
    @CommandHandler
    RefundOutcome handle(SettleRefund command) {
        if (status == CaptureStatus.SETTLED) {
            return RefundOutcome.ALREADY_SETTLED;
        }
        if (status != CaptureStatus.PENDING_SETTLEMENT || capture.type() != TransactionType.REFUND) {
            throw new TransactionNotSettleableException(transactionId, "it is not a pending refund");
        }
        if (!command.originalTransactionId().equals(capture.originalTransactionId())) {
            throw new TransactionNotSettleableException(transactionId,
                    "it refunds " + capture.originalTransactionId() + ", not " + command.originalTransactionId());
        }
        if (!RefundFees.fits(command.originalFees().amount(), command.refundedBefore(), capture.amount())) {
            return RefundOutcome.EXCEEDS_ORIGINAL;
        }
        Fees fees = RefundFees.of(command.originalFees(), command.refundedBefore(), capture.amount());
        apply(new TransactionSettled(transactionId, capture.serialNumber(), capture.merchantNo(), capture.type(),
                capture.channel(), capture.cardType(), capture.wallet(), fees.amount(), fees.mdrFee(),
                fees.surcharge(), fees.net(), capture.capturedAt(), capture.businessDate(),
                command.settlementDate(), capture.speed(), capture.originalTransactionId(), command.settledAt()));
        return RefundOutcome.SETTLED;
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
        this.settlementDate = event.settlementDate();
    }

    @EventSourcingHandler
    void on(CashOutRiskFlagged event) {
        this.status = CaptureStatus.HELD_FOR_REVIEW;
        this.heldForReview = true;
    }

    @EventSourcingHandler
    void on(CashOutHoldReleased event) {
        this.status = CaptureStatus.PENDING_SETTLEMENT;
        this.holdReleased = true;
    }

    @EventSourcingHandler
    void on(CashOutHoldRejected event) {
        this.status = CaptureStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(SaleVoided event) {
        this.status = CaptureStatus.VOIDED;
    }

    @EventSourcingHandler
    void on(VoidAfterSettlementReported event) {
        voidsReported.add(event.voidId());
    }
}
