package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.ActivationOutcome.Accepted;
import io.posflow.terminal.domain.terminal.ActivationOutcome.CodeRejected;
import io.posflow.terminal.domain.terminal.CardSwitch.Authorisation;
import io.posflow.terminal.domain.terminal.CardSwitch.AuthorisationRequest;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A POS terminal, identified by its vendor serial number. Command handlers decide, event-sourcing
 * handlers assign; times come in the commands.
 *
 * <p>The terminal keeps its life (status) and its merchant's terms; each rule with state of its own is a named member
 * or policy it asks (ADR 23): {@link ActivationCode} (T2), {@link DailyLimits} (T4), {@link ApprovedSales} with
 * {@link VoidPolicy} and {@link RefundPolicy} (T5), {@link ReplacementPolicy} (T8).
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
    private Money deposit;
    private ActivationCode activationCode = ActivationCode.NONE;
    private DailyLimits dailyLimits = DailyLimits.NONE;
    private final ApprovedSales sales = new ApprovedSales();
    /** T8: the terminal that took over from this one. */
    private SerialNumber replacedBy;

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

    /** T2: a code is pending while the terminal is BOUND or LOCKED; used, reissued or expired codes are left alone. */
    @CommandHandler
    public void handle(ExpireActivationCode command) {
        boolean pending = status == TerminalStatus.BOUND || status == TerminalStatus.LOCKED;
        if (pending && activationCode.expiresBy(command.dueAt())) {
            apply(new ActivationCodeExpired(serialNumber, merchantNo, activationCode.expiresAt()));
        }
    }

    @CommandHandler
    public ActivationOutcome handle(ActivateTerminal command) {
        refuseNegative(command.deposit());
        switch (status) {
            case STOCK -> throw new TerminalNotBoundException(serialNumber);
            case LOCKED -> throw new TerminalLockedException(serialNumber);
            case AWAITING_DEPOSIT -> {
                if (activationCode.isTheOneAccepted(command.enteredCode())) {
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

    /** T2/T3: the right code awaits the deposit; a wrong one is recorded (it counts), the last allowed one locks. */
    private ActivationOutcome enter(ActivateTerminal command) {
        ActivationCode.Entry entry = activationCode.enter(command.enteredCode(), command.enteredAt());
        if (entry instanceof ActivationCode.Entry.Expired) {
            throw new ActivationCodeExpiredException(serialNumber);
        }
        if (entry instanceof ActivationCode.Entry.Wrong wrong) {
            apply(new ActivationCodeRejected(serialNumber, merchantNo, wrong.failedAttempts(), wrong.attemptsLeft(),
                    command.enteredAt()));
            if (wrong.locks()) {
                apply(new TerminalLocked(serialNumber, merchantNo, wrong.failedAttempts(), command.enteredAt()));
            }
            return new CodeRejected(wrong.attemptsLeft(), wrong.locks());
        }
        apply(new TerminalAwaitingDeposit(serialNumber, merchantNo, command.deposit(), command.enteredAt()));
        return new Accepted(command.deposit());
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
     * T5: a VOID of one of this terminal's SALEs ({@link VoidPolicy}). Not counted against T4's limits, and the day's
     * total is left as it was.
     */
    @CommandHandler
    public CaptureOutcome handle(VoidSale command, CardSwitch cardSwitch) {
        refuseNegative(command.amount());
        if (!transacts()) {
            return decline(command, ReasonCode.TERMINAL_NOT_ACTIVE);
        }
        Optional<Rejection> rejection = VoidPolicy.check(sales.find(command.originalTransactionId()), speed, command);
        if (rejection.isPresent()) {
            return decline(command, rejection.get().reason());
        }
        return authorise(command, cardSwitch, TransactionPurpose.SALE, () -> apply(new SaleVoided(
                command.transactionId(), command.originalTransactionId(), serialNumber, merchantNo, command.payment(),
                command.amount(), command.deviceTime(), command.capturedAt(), command.businessDate())));
    }

    /**
     * T5: a REFUND of (part of) one of this terminal's settled SALEs ({@link RefundPolicy}). Not counted against T4's
     * limits.
     */
    @CommandHandler
    public CaptureOutcome handle(RefundSale command, CardSwitch cardSwitch) {
        refuseNegative(command.amount());
        if (!transacts()) {
            return decline(command, ReasonCode.TERMINAL_NOT_ACTIVE);
        }
        Optional<Rejection> rejection = RefundPolicy.check(sales.find(command.originalTransactionId()), command);
        if (rejection.isPresent()) {
            return decline(command, rejection.get().reason());
        }
        return authorise(command, cardSwitch, TransactionPurpose.SALE, () -> apply(new RefundCaptured(
                command.transactionId(), command.originalTransactionId(), serialNumber, merchantNo, command.payment(),
                command.amount(), applicantType, speed, command.deviceTime(), command.capturedAt(),
                command.businessDate())));
    }

    /**
     * T5/T6/T8: only an ACTIVE terminal transacts; a VOID or a REFUND elsewhere is declined TERMINAL_NOT_ACTIVE.
     *
     * @throws TerminalNotActiveException in STOCK: no merchant to publish a decline for
     */
    private boolean transacts() {
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotActiveException(serialNumber);
        }
        return status == TerminalStatus.ACTIVE;
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

    /** T4: within the limits of the merchant's applicant type ({@link DailyLimits}), checked before the switch. */
    private CaptureOutcome sale(CaptureSale command, CardSwitch cardSwitch) {
        Optional<Rejection> rejection = dailyLimits.check(command.limits().of(applicantType), command.amount(),
                command.businessDate());
        if (rejection.isPresent()) {
            return decline(command, rejection.get().reason());
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
     * T8 (换机): an ACTIVE terminal hands its merchant over to a stock terminal of the same model
     * ({@link ReplacementPolicy}) and stops transacting. Its own captures still settle, as after a deregistration (T6).
     */
    @CommandHandler
    public Handover handle(ReplaceTerminal command) {
        if (ReplacementPolicy.isDoneAlready(status, replacedBy, command)) {
            return null; // the same replacement again (e.g. the answer was lost): done already
        }
        ReplacementPolicy.checkHandOver(serialNumber, status, model, command);
        Handover handover = new Handover(merchantNo, model, applicantType, speed, deposit,
                dailyLimits.businessDate(), dailyLimits.approved());
        apply(new TerminalReplaced(serialNumber, command.newSerialNumber(), merchantNo, model, command.replacedAt()));
        return handover;
    }

    /** T8: a stock terminal of the replaced one's model becomes ACTIVE for its merchant: no code, no deposit swipe. */
    @CommandHandler
    public void handle(TakeOverTerminal command) {
        ReplacementPolicy.checkTakeOver(serialNumber, status, model, command);
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
        activationCode = activationCode.issued(event);
    }

    @EventSourcingHandler
    void on(ActivationCodeExpired event) {
        activationCode = activationCode.expiredNow();
    }

    @EventSourcingHandler
    void on(ActivationCodeRejected event) {
        activationCode = activationCode.rejected(event);
    }

    @EventSourcingHandler
    void on(TerminalLocked event) {
        status = TerminalStatus.LOCKED;
    }

    @EventSourcingHandler
    void on(TerminalUnlocked event) {
        activationCode = activationCode.unlocked();
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
     * T4's daily total and T5's approved sales, rebuilt from the captures themselves so a replay reaches the same
     * decisions. The deposit swipe does not count towards the day: it is the merchant's deposit (T3), not sales
     * volume. Declined SALEs never reach here.
     */
    @EventSourcingHandler
    void on(SaleCaptured event) {
        sales.captured(event);
        if (event.purpose() == TransactionPurpose.SALE) {
            dailyLimits = dailyLimits.counted(event.amount(), event.businessDate());
        }
    }

    @EventSourcingHandler
    void on(SaleVoided event) {
        sales.voided(event);
    }

    @EventSourcingHandler
    void on(RefundCaptured event) {
        sales.refunded(event);
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
        dailyLimits = DailyLimits.handedOver(handover);
        status = TerminalStatus.ACTIVE;
    }
}
