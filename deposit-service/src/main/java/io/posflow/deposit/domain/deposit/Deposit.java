package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;

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
 * A terminal's activation deposit (押金), identified by the serial number of the terminal it was opened
 * for. It is opened with its device model's terms when settlement collects the deposit swipe (D1). The
 * volume projection ({@code projection} package) counts the settled volume captured inside its window,
 * each transaction once (D2, D5), and reports the target reached; the refund is then triggered once, at
 * once or on the merchant's request (D3), and settlement's payout closes it as REFUNDED. Short of the
 * target, it is FORFEITED when the window has ended and settlement closed the window end's business
 * date (D4).
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
    private RefundMode refundMode;
    private boolean targetReached;
    private Money qualifyingVolume;
    private String refundPayoutId;
    private final Set<String> failedPayoutAttempts = new HashSet<>();
    /** T8: every terminal the deposit has been on, the one it was opened for first. */
    private final Set<SerialNumber> terminals = new HashSet<>();
    private SerialNumber terminal;

    protected Deposit() {
        // for Axon: rebuilt from its events
    }

    /**
     * Opens the deposit with its device model's terms (D1). Settlement's DepositCollected may be delivered
     * again under another message id: an open deposit ignores the repeat instead of failing, so the message
     * is consumed and nothing is published twice.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenDeposit command, DepositPolicies policies) {
        if (status != null) {
            return;
        }
        DepositPolicy policy = policies.of(command.deviceModel());
        DepositWindow opening = policy.windowFrom(command.capturedAt());
        apply(new DepositOpened(command.serialNumber().value(), command.depositTransactionId().value(),
                command.merchantNo().value(), command.deviceModel(), command.deposit().fen(), opening.start(),
                opening.end(), policy.target().fen(), policy.qualifying(), policy.refundMode(), command.openedAt()));
    }

    /**
     * The volume projection counted the target (D2). The first time, with the automatic refund mode, the
     * refund is triggered at once (D3); as the deposit then leaves HELD, it is triggered exactly once however
     * often the projection reports it. A deposit no longer HELD (forfeited) stays as it is.
     */
    @CommandHandler
    void handle(RecordTargetReached command) {
        if (status != DepositStatus.HELD || targetReached) {
            return;
        }
        if (!command.qualifyingVolume().isAtLeast(target)) {
            throw new IllegalArgumentException("A volume of " + command.qualifyingVolume().fen()
                    + " fen does not reach the target of " + target.fen() + " fen of terminal " + serialNumber);
        }
        apply(new DepositTargetReached(serialNumber.value(), command.qualifyingVolume().fen(), target.fen(),
                command.at()));
        if (refundMode == RefundMode.AUTOMATIC) {
            triggerRefund(command.at());
        }
    }

    /**
     * D3 with the ON_REQUEST refund mode: the merchant asks for the refund its volume earned. Asking again once
     * it is triggered or paid answers the same; a deposit that has not earned it, was forfeited, or whose
     * policy refunds automatically is refused.
     */
    @CommandHandler
    DepositStatus handle(RequestRefund command) {
        if (refundMode != RefundMode.ON_REQUEST) {
            throw new RefundNotRequestableException(RefundNotRequestableException.Why.REFUND_AUTOMATIC,
                    "The deposit of terminal " + serialNumber + " is refunded automatically once it reaches its target");
        }
        if (status == DepositStatus.REFUND_TRIGGERED || status == DepositStatus.REFUNDED) {
            return status;
        }
        if (status == DepositStatus.FORFEITED) {
            throw new RefundNotRequestableException(RefundNotRequestableException.Why.DEPOSIT_FORFEITED,
                    "The deposit of terminal " + serialNumber + " was forfeited");
        }
        if (!targetReached) {
            throw new RefundNotRequestableException(RefundNotRequestableException.Why.TARGET_NOT_REACHED,
                    "The qualifying volume of terminal " + serialNumber + " has not reached its target");
        }
        triggerRefund(command.at());
        return DepositStatus.REFUND_TRIGGERED;
    }

    private void triggerRefund(Instant at) {
        apply(new DepositRefundTriggered(serialNumber.value(), merchantNo.value(), deposit.fen(), window.start(),
                window.end(), qualifyingVolume.fen(), target.fen(), at));
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
     * every in-window sale, however late its run, was counted and the projection's volume is final. A
     * deposit that reached its target (its refund triggered, or waiting for the merchant's request) or was
     * forfeited already stays as it is.
     */
    @CommandHandler
    void handle(ForfeitDeposit command, BusinessDay businessDay) {
        if (status != DepositStatus.HELD || targetReached) {
            return;
        }
        if (!window.hasEndedAt(command.at())) {
            throw new ForfeitureNotDueException("The window of terminal " + serialNumber + " runs until "
                    + window.end());
        }
        if (!command.closedBusinessDate().equals(window.endBusinessDate(businessDay))) {
            throw new ForfeitureNotDueException("The window of terminal " + serialNumber + " ends on business date "
                    + window.endBusinessDate(businessDay) + ", not " + command.closedBusinessDate());
        }
        if (command.qualifyingVolume().isAtLeast(target)) {
            throw new ForfeitureNotDueException("Terminal " + serialNumber + " reached its target: "
                    + command.qualifyingVolume().fen() + " fen");
        }
        apply(new DepositForfeited(serialNumber.value(), merchantNo.value(), deposit.fen(), window.start(),
                window.end(), command.qualifyingVolume().fen(), target.fen(), command.at()));
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
        refundMode = event.refundModeOrDefault();
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
    void on(DepositTargetReached event) {
        targetReached = true;
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
