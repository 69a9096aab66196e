package io.posflow.terminal.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.terminal.ActivationOutcome.Accepted;
import io.posflow.terminal.terminal.ActivationOutcome.CodeRejected;
import io.posflow.terminal.terminal.CardSwitch.Authorisation;
import io.posflow.terminal.terminal.CardSwitch.AuthorisationRequest;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A POS terminal, identified by its vendor serial number. Command handlers decide, event-sourcing
 * handlers assign; times come in the commands.
 *
 * <p>Capture runs here, under the aggregate's lock: a terminal does one transaction at a time, the
 * deposit swipe and the activation it causes are one decision, and the switch is asked only once the
 * terminal's own rules passed.
 */
@Aggregate
public class Terminal {

    @AggregateIdentifier
    private SerialNumber serialNumber;
    private TerminalModel model;
    private TerminalStatus status;
    private MerchantNo merchantNo;
    private ApplicantType applicantType;
    private SettlementSpeed speed;
    private ActivationCodeHash codeHash;
    private Instant codeExpiresAt;
    private boolean codeExpired;
    private int attemptsAllowed;
    private int failedAttempts;
    private Money deposit;
    /** T4: the business date of the last approved SALE and the SALEs approved on it so far. */
    private LocalDate salesDate;
    private Money salesOnDate = Money.ofFen(0);
    /** T5: this terminal's approved SALEs (and its deposit swipe), what VOID and REFUND refer to. */
    private final Map<TransactionId, Sale> sales = new HashMap<>();
    /** T8: the terminal that took over from this one. */
    private SerialNumber replacedBy;

    /** An approved SALE as VOID and REFUND see it; {@code refunded} is the total of its approved refunds. */
    private record Sale(Money amount, LocalDate businessDate, TransactionPurpose purpose, boolean voided,
                        Money refunded) {

        Sale markedVoided() {
            return new Sale(amount, businessDate, purpose, true, refunded);
        }

        Sale withRefund(Money more) {
            return new Sale(amount, businessDate, purpose, voided, refunded.plus(more));
        }
    }

    protected Terminal() {
        // Axon rebuilds the terminal from its events, and creates it empty for RegisterTerminal.
    }

    /**
     * Loads the serial's history first, so a second registration of the same serial reaches an
     * existing terminal and is refused instead of colliding in the event store.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterTerminal command) {
        if (status != null) {
            throw new SerialNumberDuplicateException(command.serialNumber());
        }
        apply(new TerminalRegistered(command.serialNumber(), command.model(), command.vendor(),
                command.registeredAt()));
    }

    @CommandHandler
    public boolean handle(BindTerminal command) {
        if (status != TerminalStatus.STOCK) {
            if (command.merchantNo().equals(merchantNo)) {
                return false; // the same binding again (e.g. MerchantOnboarded re-published): already done
            }
            throw new TerminalNotInStockException(serialNumber, status);
        }
        if (command.model() != model) {
            throw new TerminalModelMismatchException(serialNumber, command.model(), model);
        }
        apply(new TerminalBound(serialNumber, command.merchantNo(), model, command.applicantType(), command.speed(),
                command.boundAt()));
        issue(command.activationCode(), command.boundAt());
        return true;
    }

    @CommandHandler
    public MerchantNo handle(ReissueActivationCode command) {
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotBoundException(serialNumber);
        }
        if (status == TerminalStatus.LOCKED) {
            throw new TerminalLockedException(serialNumber);
        }
        if (status != TerminalStatus.BOUND) {
            throw new ActivationNotPendingException(serialNumber, status);
        }
        issue(command.activationCode(), command.issuedAt());
        return merchantNo;
    }

    private void issue(NewActivationCode code, Instant issuedAt) {
        apply(new ActivationCodeIssued(serialNumber, merchantNo, code.hash(), issuedAt, code.expiresAt(),
                code.attemptsAllowed()));
    }

    @CommandHandler
    public void handle(ExpireActivationCode command) {
        boolean pending = (status == TerminalStatus.BOUND || status == TerminalStatus.LOCKED) && codeHash != null
                && !codeExpired;
        if (pending && !command.dueAt().isBefore(codeExpiresAt)) {
            apply(new ActivationCodeExpired(serialNumber, merchantNo, codeExpiresAt));
        }
        // otherwise used, reissued with a later expiry, or expired already: nothing to do
    }

    @CommandHandler
    public ActivationOutcome handle(ActivateTerminal command) {
        refuseNegative(command.deposit());
        switch (status) {
            case STOCK -> throw new TerminalNotBoundException(serialNumber);
            case LOCKED -> throw new TerminalLockedException(serialNumber);
            case AWAITING_DEPOSIT -> {
                if (command.enteredCode().sameAs(codeHash)) {
                    return new Accepted(deposit); // the device did not get the first answer and asks again
                }
                throw new ActivationNotPendingException(serialNumber, status);
            }
            case ACTIVE, DEREGISTERED, REPLACED -> throw new ActivationNotPendingException(serialNumber, status);
            case BOUND -> {
                return enter(command);
            }
        }
        throw new IllegalStateException("Unhandled terminal status " + status);
    }

    private ActivationOutcome enter(ActivateTerminal command) {
        if (codeHash == null || codeExpired || !command.enteredAt().isBefore(codeExpiresAt)) {
            throw new ActivationCodeExpiredException(serialNumber);
        }
        if (command.enteredCode().sameAs(codeHash)) {
            apply(new TerminalAwaitingDeposit(serialNumber, merchantNo, command.deposit(), command.enteredAt()));
            return new Accepted(command.deposit());
        }
        int failed = failedAttempts + 1;
        int left = Math.max(0, attemptsAllowed - failed);
        apply(new ActivationCodeRejected(serialNumber, merchantNo, failed, left, command.enteredAt()));
        if (left == 0) {
            apply(new TerminalLocked(serialNumber, merchantNo, failed, command.enteredAt()));
        }
        return new CodeRejected(left, left == 0);
    }

    @CommandHandler
    public void handle(UnlockTerminal command) {
        if (status == TerminalStatus.BOUND) {
            return; // unlocked already (e.g. ops clicked twice)
        }
        if (status != TerminalStatus.LOCKED) {
            throw new TerminalNotLockedException(serialNumber, status);
        }
        apply(new TerminalUnlocked(serialNumber, merchantNo, command.unlockedAt()));
    }

    /** {@code cardSwitch} is injected by Axon (a Spring bean); it is only asked once the terminal's rules pass. */
    @CommandHandler
    public CaptureOutcome handle(CaptureSale command, CardSwitch cardSwitch) {
        refuseNegative(command.amount());
        return switch (status) {
            case STOCK -> throw new TerminalNotActiveException(serialNumber);
            case AWAITING_DEPOSIT -> depositSwipe(command, cardSwitch);
            case ACTIVE -> sale(command, cardSwitch);
            case BOUND, LOCKED, DEREGISTERED, REPLACED -> decline(command, ReasonCode.TERMINAL_NOT_ACTIVE);
        };
    }

    /**
     * T5: a VOID cancels one of this terminal's approved SALEs, whole, on the SALE's own business date — so before
     * that date's settlement run — and never for a T0 merchant (T0 settles at capture, S3). The deposit swipe, a
     * SALE voided already or refunded, another terminal's or an unknown transaction → VOID_NOT_ALLOWED. Not counted
     * against T4's limits, and the day's total is left as it was.
     */
    @CommandHandler
    public CaptureOutcome handle(VoidSale command, CardSwitch cardSwitch) {
        refuseNegative(command.amount());
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotActiveException(serialNumber);
        }
        if (status != TerminalStatus.ACTIVE) {
            return decline(command, ReasonCode.TERMINAL_NOT_ACTIVE);
        }
        Sale original = sales.get(command.originalTransactionId());
        boolean allowed = original != null
                && speed != SettlementSpeed.T0
                && original.purpose() == TransactionPurpose.SALE
                && !original.voided()
                && original.refunded().fen() == 0
                && !command.originalSettled()
                && original.businessDate().equals(command.businessDate())
                && original.amount().equals(command.amount());
        if (!allowed) {
            return decline(command, ReasonCode.VOID_NOT_ALLOWED);
        }
        return authorise(command, cardSwitch, TransactionPurpose.SALE, () -> apply(new SaleVoided(
                command.transactionId(), command.originalTransactionId(), serialNumber, merchantNo, command.payment(),
                command.amount(), command.deviceTime(), command.capturedAt(), command.businessDate())));
    }

    /**
     * T5: a REFUND pays back (part of) one of this terminal's SALEs after it was settled, all refunds of it together
     * at most its amount. What is refundable of a SALE is what was settled of it less earlier refunds; a SALE not
     * settled yet (void it instead, on its business date), a voided one, the deposit swipe (never paid to the
     * merchant, S5), another terminal's or an unknown transaction have nothing refundable, so any refund of them
     * exceeds it → REFUND_EXCEEDS_ORIGINAL, the catalogue's only refund code. Not counted against T4's limits.
     */
    @CommandHandler
    public CaptureOutcome handle(RefundSale command, CardSwitch cardSwitch) {
        refuseNegative(command.amount());
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotActiveException(serialNumber);
        }
        if (status != TerminalStatus.ACTIVE) {
            return decline(command, ReasonCode.TERMINAL_NOT_ACTIVE);
        }
        Sale original = sales.get(command.originalTransactionId());
        boolean refundable = original != null
                && original.purpose() == TransactionPurpose.SALE
                && !original.voided()
                && command.originalSettled()
                && !original.refunded().plus(command.amount()).isGreaterThan(original.amount());
        if (!refundable) {
            return decline(command, ReasonCode.REFUND_EXCEEDS_ORIGINAL);
        }
        return authorise(command, cardSwitch, TransactionPurpose.SALE, () -> apply(new RefundCaptured(
                command.transactionId(), command.originalTransactionId(), serialNumber, merchantNo, command.payment(),
                command.amount(), applicantType, speed, command.deviceTime(), command.capturedAt(),
                command.businessDate())));
    }

    /** T3: the first SALE pays the deposit: by credit card, exactly the amount the code's acceptance set. */
    private CaptureOutcome depositSwipe(CaptureSale command, CardSwitch cardSwitch) {
        if (!command.payment().paysByCreditCard()) {
            return decline(command, ReasonCode.DEPOSIT_CARD_NOT_CREDIT);
        }
        if (!command.amount().equals(deposit)) {
            return decline(command, ReasonCode.DEPOSIT_AMOUNT_WRONG);
        }
        CaptureOutcome outcome = authorise(command, cardSwitch, TransactionPurpose.DEPOSIT);
        if (outcome.status() == CaptureOutcome.CaptureStatus.APPROVED) {
            apply(new TerminalActivated(serialNumber, merchantNo, model, command.transactionId(), deposit,
                    command.capturedAt()));
        }
        return outcome;
    }

    /** T4: within the limits of the merchant's applicant type, checked before the switch is asked. */
    private CaptureOutcome sale(CaptureSale command, CardSwitch cardSwitch) {
        Limits limits = command.limits().of(applicantType);
        if (command.amount().isGreaterThan(limits.perTransaction())) {
            return decline(command, ReasonCode.LIMIT_PER_TRANSACTION);
        }
        Money dayTotal = salesOn(command.businessDate()).plus(command.amount());
        if (dayTotal.isGreaterThan(limits.perBusinessDay())) {
            return decline(command, ReasonCode.LIMIT_PER_DAY);
        }
        return authorise(command, cardSwitch, TransactionPurpose.SALE);
    }

    /**
     * Amounts at the device — a capture, a deposit — are never negative: a VOID or a REFUND says what it is by its
     * type, not by its sign (Money itself may be negative: settlement's refunds are). The web layer asks for a
     * positive amount already, so this only guards the commands.
     */
    private static void refuseNegative(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("An amount is never negative here: " + amount);
        }
    }

    /** A new business date starts at zero. */
    private Money salesOn(LocalDate businessDate) {
        return businessDate.equals(salesDate) ? salesOnDate : Money.ofFen(0);
    }

    private CaptureOutcome authorise(CaptureSale command, CardSwitch cardSwitch, TransactionPurpose purpose) {
        return authorise(command, cardSwitch, purpose, () -> apply(new SaleCaptured(command.transactionId(),
                serialNumber, merchantNo, purpose, command.payment(), command.amount(), applicantType, speed,
                command.deviceTime(), command.capturedAt(), command.businessDate())));
    }

    /**
     * T7: every capture, VOID and REFUND included, is a transaction of its own at the switch. A timeout is reversed
     * at the switch, then declined: no approved-but-unknown transaction is left.
     */
    private CaptureOutcome authorise(Capture command, CardSwitch cardSwitch, TransactionPurpose purpose,
                                     Runnable approved) {
        Authorisation authorisation = cardSwitch.authorise(new AuthorisationRequest(command.transactionId(),
                command.type(), serialNumber, merchantNo, command.amount(), command.payment()));
        if (authorisation == Authorisation.APPROVED) {
            approved.run();
            return CaptureOutcome.approved(command, purpose);
        }
        CaptureOutcome declined = decline(command, ReasonCode.SWITCH_TIMEOUT);
        if (authorisation == Authorisation.TIMED_OUT) {
            apply(new SwitchReversalRequested(command.transactionId(), serialNumber, command.amount(),
                    command.capturedAt()));
        }
        return declined;
    }

    private CaptureOutcome decline(Capture command, ReasonCode reason) {
        if (command instanceof VoidSale voiding) {
            apply(new VoidDeclined(command.transactionId(), voiding.originalTransactionId(), serialNumber, merchantNo,
                    command.payment(), command.amount(), reason, command.capturedAt()));
        } else if (command instanceof RefundSale refund) {
            apply(new RefundDeclined(command.transactionId(), refund.originalTransactionId(), serialNumber,
                    merchantNo, command.payment(), command.amount(), reason, command.capturedAt()));
        } else {
            apply(new SaleDeclined(command.transactionId(), serialNumber, merchantNo, command.payment(),
                    command.amount(), reason, command.capturedAt()));
        }
        return CaptureOutcome.declined(command, reason);
    }

    @CommandHandler
    public void handle(DeregisterTerminal command) {
        if (status == TerminalStatus.DEREGISTERED) {
            return; // deregistering twice changes nothing
        }
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotBoundException(serialNumber);
        }
        if (status == TerminalStatus.REPLACED) {
            throw new TerminalNotActiveException(serialNumber, status); // T8: its replacement serves the merchant now
        }
        apply(new TerminalDeregistered(serialNumber, merchantNo, command.deregisteredAt()));
    }

    /**
     * T8 (换机): an ACTIVE terminal hands its merchant over to a stock terminal of the same model and stops
     * transacting. Its own captures still settle, as after a deregistration (T6).
     */
    @CommandHandler
    public Handover handle(ReplaceTerminal command) {
        if (status == TerminalStatus.REPLACED && command.newSerialNumber().equals(replacedBy)) {
            return null; // the same replacement again (e.g. the answer was lost): done already
        }
        if (status != TerminalStatus.ACTIVE) {
            throw new TerminalNotActiveException(serialNumber, status);
        }
        if (command.newModel() != model) {
            throw new TerminalModelMismatchException(command.newSerialNumber(), model, command.newModel());
        }
        Handover handover = new Handover(merchantNo, model, applicantType, speed, deposit, salesDate, salesOnDate);
        apply(new TerminalReplaced(serialNumber, command.newSerialNumber(), merchantNo, model, command.replacedAt()));
        return handover;
    }

    /** T8: a stock terminal of the replaced one's model becomes ACTIVE for its merchant: no code, no deposit swipe. */
    @CommandHandler
    public void handle(TakeOverTerminal command) {
        if (status != TerminalStatus.STOCK) {
            throw new TerminalNotInStockException(serialNumber, status);
        }
        if (command.handover().model() != model) {
            throw new TerminalModelMismatchException(serialNumber, command.handover().model(), model);
        }
        apply(new TerminalTookOver(serialNumber, command.replacedSerialNumber(), command.handover(),
                command.takenOverAt()));
    }

    @EventSourcingHandler
    void on(TerminalRegistered event) {
        serialNumber = event.serialNumber();
        model = event.model();
        status = TerminalStatus.STOCK;
    }

    @EventSourcingHandler
    void on(TerminalBound event) {
        merchantNo = event.merchantNo();
        applicantType = event.applicantType();
        speed = event.speed();
        status = TerminalStatus.BOUND;
    }

    @EventSourcingHandler
    void on(ActivationCodeIssued event) {
        codeHash = event.codeHash();
        codeExpiresAt = event.expiresAt();
        codeExpired = false;
        attemptsAllowed = event.attemptsAllowed();
    }

    @EventSourcingHandler
    void on(ActivationCodeExpired event) {
        codeExpired = true;
    }

    @EventSourcingHandler
    void on(ActivationCodeRejected event) {
        failedAttempts = event.failedAttempts();
    }

    @EventSourcingHandler
    void on(TerminalLocked event) {
        status = TerminalStatus.LOCKED;
    }

    @EventSourcingHandler
    void on(TerminalUnlocked event) {
        failedAttempts = 0;
        status = TerminalStatus.BOUND;
    }

    @EventSourcingHandler
    void on(TerminalAwaitingDeposit event) {
        deposit = event.deposit();
        status = TerminalStatus.AWAITING_DEPOSIT;
    }

    @EventSourcingHandler
    void on(TerminalActivated event) {
        status = TerminalStatus.ACTIVE;
    }

    /**
     * T4's daily total, rebuilt from the captures themselves so a replay reaches the same decisions. The deposit
     * swipe does not count: it is the merchant's deposit (T3), not sales volume, and T4 limits what the terminal
     * sells. Declined SALEs never reach here.
     */
    @EventSourcingHandler
    void on(SaleCaptured event) {
        sales.put(event.transactionId(), new Sale(event.amount(), event.businessDate(), event.purpose(), false,
                Money.ofFen(0)));
        if (event.purpose() != TransactionPurpose.SALE) {
            return;
        }
        salesOnDate = salesOn(event.businessDate()).plus(event.amount());
        salesDate = event.businessDate();
    }

    @EventSourcingHandler
    void on(SaleVoided event) {
        sales.computeIfPresent(event.originalTransactionId(), (id, sale) -> sale.markedVoided());
    }

    @EventSourcingHandler
    void on(RefundCaptured event) {
        sales.computeIfPresent(event.originalTransactionId(), (id, sale) -> sale.withRefund(event.amount()));
    }

    @EventSourcingHandler
    void on(TerminalDeregistered event) {
        status = TerminalStatus.DEREGISTERED;
    }

    @EventSourcingHandler
    void on(TerminalReplaced event) {
        replacedBy = event.newSerialNumber();
        status = TerminalStatus.REPLACED;
    }

    @EventSourcingHandler
    void on(TerminalTookOver event) {
        Handover handover = event.handover();
        merchantNo = handover.merchantNo();
        applicantType = handover.applicantType();
        speed = handover.speed();
        deposit = handover.deposit();
        salesDate = handover.salesDate();
        salesOnDate = handover.salesOnDate();
        status = TerminalStatus.ACTIVE;
    }
}
