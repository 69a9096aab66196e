package io.posflow.deposit.deposit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A terminal's activation deposit (押金), identified by the terminal's serial number. It is opened
 * when settlement collects the deposit swipe and counts the settled volume captured inside its window
 * (D1, D2), each transaction once (D5). Reaching the target triggers the refund, once (D3); settlement's
 * payout closes it as REFUNDED. Short of the target, it is FORFEITED when the window has ended and
 * settlement closed the window end's business date (D4).
 */
@Aggregate
public class Deposit {

    @AggregateIdentifier
    private SerialNumber serialNumber;
    private MerchantNo merchantNo;
    private Money deposit;
    private DepositStatus status;
    private DepositWindow window;
    private Money target;
    private TransactionId depositTransactionId;
    private Money qualifyingVolume;
    private String refundPayoutId;
    private final Set<TransactionId> counted = new HashSet<>();
    private final Set<String> failedPayoutAttempts = new HashSet<>();
    /** T8: every terminal the deposit has been on, the one it was opened for first. */
    private final Set<SerialNumber> terminals = new HashSet<>();
    private SerialNumber terminal;

    protected Deposit() {
        // for Axon: rebuilt from its events
    }

    /**
     * Settlement's DepositCollected may be delivered again under another message id: an open deposit
     * ignores the repeat instead of failing, so the message is consumed and nothing is published twice.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenDeposit command, DepositPolicy policy) {
        if (status != null) {
            return;
        }
        DepositWindow opening = policy.windowFrom(command.capturedAt());
        apply(new DepositOpened(command.serialNumber().value(), command.depositTransactionId().value(),
                command.merchantNo().value(), command.deviceModel(), command.deposit().fen(), opening.start(),
                opening.end(), policy.target().fen(), command.openedAt()));
    }

    /**
     * Only a HELD deposit counts: once its refund or forfeiture is decided the volume is final, and
     * what settles later is reported, not counted (D4). A transaction that does not count is no error.
     * The sale that reaches the target triggers the refund at once (D3, automatic refund mode); as the
     * deposit then leaves HELD, the refund is triggered exactly once.
     */
    @CommandHandler
    void handle(RecordQualifyingVolume command) {
        if (status != DepositStatus.HELD || !counts(command.transactionId(), command.capturedAt())) {
            return;
        }
        Money volume = qualifyingVolume.plus(command.amount());
        apply(new QualifyingVolumeRecorded(serialNumber.value(), command.transactionId().value(),
                command.amount().fen(), command.capturedAt(), volume.fen()));
        if (volume.isAtLeast(target)) {
            apply(new DepositRefundTriggered(serialNumber.value(), merchantNo.value(), deposit.fen(), window.start(),
                    window.end(), volume.fen(), target.fen(), command.recordedAt()));
        }
    }

    /**
     * Settlement paid the refund. The same payout again (redelivered under another message id) changes
     * nothing; anything that does not match the triggered refund is refused for settlement to look at.
     */
    @CommandHandler
    void handle(CompleteRefund command) {
        if (status == DepositStatus.REFUNDED) {
            if (!command.payoutId().equals(refundPayoutId)) {
                throw new RefundPayoutMismatchException("The deposit of terminal " + serialNumber
                        + " was already refunded by payout " + refundPayoutId + ", not " + command.payoutId());
            }
            return;
        }
        if (status != DepositStatus.REFUND_TRIGGERED) {
            throw new RefundNotTriggeredException(serialNumber, status);
        }
        if (!command.merchantNo().equals(merchantNo)) {
            throw new RefundPayoutMismatchException("Refund payout " + command.payoutId() + " paid merchant "
                    + command.merchantNo() + ", but the deposit of terminal " + serialNumber + " is merchant "
                    + merchantNo + "'s");
        }
        if (!command.amount().equals(deposit)) {
            throw new RefundPayoutMismatchException("Refund payout " + command.payoutId() + " paid "
                    + command.amount().fen() + " fen, but the deposit of terminal " + serialNumber + " is "
                    + deposit.fen() + " fen");
        }
        apply(new DepositRefunded(serialNumber.value(), merchantNo.value(), deposit.fen(), window.start(),
                window.end(), qualifyingVolume.fen(), target.fen(), command.payoutId(), command.refundedAt()));
    }

    /** Recorded while the refund is pending, each attempt once; the status does not change (S6: settlement retries). */
    @CommandHandler
    void handle(RecordRefundPayoutFailure command) {
        if (status != DepositStatus.REFUND_TRIGGERED
                || failedPayoutAttempts.contains(attemptKey(command.payoutId(), command.attempt()))) {
            return;
        }
        apply(new RefundPayoutFailed(serialNumber.value(), command.payoutId(), command.attempt(), command.reason(),
                command.failedAt()));
    }

    /**
     * D4: forfeited once the window has ended and settlement closed the window end's business date, so
     * every in-window sale, however late its run, was counted. A deposit that is no longer HELD (its refund
     * was triggered, or it was forfeited already) stays as it is.
     */
    @CommandHandler
    void handle(ForfeitDeposit command) {
        if (status != DepositStatus.HELD) {
            return;
        }
        if (!window.hasEndedAt(command.at())) {
            throw new ForfeitureNotDueException("The window of terminal " + serialNumber + " runs until "
                    + window.end());
        }
        if (!command.closedBusinessDate().equals(window.endBusinessDate())) {
            throw new ForfeitureNotDueException("The window of terminal " + serialNumber + " ends on business date "
                    + window.endBusinessDate() + ", not " + command.closedBusinessDate());
        }
        apply(new DepositForfeited(serialNumber.value(), merchantNo.value(), deposit.fen(), window.start(),
                window.end(), qualifyingVolume.fen(), target.fen(), command.at()));
    }

    /**
     * T8: the terminal was replaced; the deposit carries over in whatever state it is, with its amount,
     * window and volume, and later settlements of the new terminal count towards it. A replacement seen
     * before (the same message again) changes nothing, and so does one of a terminal the deposit has
     * already left.
     */
    @CommandHandler
    void handle(MoveDeposit command) {
        if (status == null) {
            throw new IllegalStateException("No deposit " + command.depositId() + " to move");
        }
        if (terminals.contains(command.to()) || !command.from().equals(terminal)) {
            return;
        }
        apply(new DepositMoved(serialNumber.value(), command.from().value(), command.to().value(),
                command.replacedAt()));
    }

    /** D2: captured inside the window, not the deposit swipe; D5: not counted before. */
    private boolean counts(TransactionId transaction, Instant capturedAt) {
        return window.contains(capturedAt)
                && !transaction.equals(depositTransactionId)
                && !counted.contains(transaction);
    }

    private static String attemptKey(String payoutId, int attempt) {
        return payoutId + "#" + attempt;
    }

    @EventSourcingHandler
    void on(DepositOpened event) {
        serialNumber = new SerialNumber(event.serialNumber());
        merchantNo = new MerchantNo(event.merchantNo());
        deposit = Money.ofFen(event.depositFen());
        status = DepositStatus.HELD;
        window = new DepositWindow(event.windowStart(), event.windowEnd());
        target = Money.ofFen(event.targetFen());
        depositTransactionId = new TransactionId(event.depositTransactionId());
        qualifyingVolume = Money.ZERO;
        terminal = serialNumber;
        terminals.add(serialNumber);
    }

    @EventSourcingHandler
    void on(DepositMoved event) {
        terminal = new SerialNumber(event.toSerialNumber());
        terminals.add(terminal);
    }

    @EventSourcingHandler
    void on(QualifyingVolumeRecorded event) {
        counted.add(new TransactionId(event.transactionId()));
        qualifyingVolume = Money.ofFen(event.qualifyingVolumeFen());
    }

    @EventSourcingHandler
    void on(DepositRefundTriggered event) {
        status = DepositStatus.REFUND_TRIGGERED;
        qualifyingVolume = Money.ofFen(event.qualifyingVolumeFen());
    }

    @EventSourcingHandler
    void on(RefundPayoutFailed event) {
        failedPayoutAttempts.add(attemptKey(event.payoutId(), event.attempt()));
    }

    @EventSourcingHandler
    void on(DepositRefunded event) {
        status = DepositStatus.REFUNDED;
        refundPayoutId = event.payoutId();
    }

    @EventSourcingHandler
    void on(DepositForfeited event) {
        status = DepositStatus.FORFEITED;
        qualifyingVolume = Money.ofFen(event.qualifyingVolumeFen());
    }
}
