package io.posflow.settlement.domain.payout;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
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
 * Money paid to a merchant's settlement account through the bank (S6): requested once per payout id,
 * attempted until the bank confirms it, each refusal visible (PayoutFailed), never paid twice — the bank
 * port is idempotent per payout id and a completed payout is never sent again.
 */
@Aggregate
public class Payout {

    @AggregateIdentifier
    private PayoutId payoutId;
    private PayoutRequested request;
    private PayoutStatus status;
    private int failedAttempts;

    protected Payout() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RequestPayout command) {
        if (status != null) {
            return false;
        }
        apply(new PayoutRequested(command.payoutId(), command.merchantNo(), command.purpose(),
                command.serialNumber(), command.amount(), command.payee(), command.requestedAt(),
                command.settlementDate()));
        return true;
    }

    @CommandHandler
    PayoutProgress handle(AttemptPayout command, BankPayouts bank, BusinessDay businessDay) {
        if (status == PayoutStatus.COMPLETED || status == PayoutStatus.HELD) {
            return progress();
        }
        BankPayoutResult result = bank.pay(new PayoutInstruction(payoutId, request.payee(), request.amount()));
        Instant at = command.attemptedAt();
        // Only a confirmed payment completes the payout; a refusal or an unreachable bank is a visible failed
        // attempt, retried later with the same payout id (the bank answers it idempotently). A shredded payee
        // (architecture §4) is a failed attempt too, and holds the payout: it can never be sent.
        if (result instanceof BankPayoutResult.Paid) {
            apply(new PayoutCompleted(payoutId, request.merchantNo(), request.purpose(), request.serialNumber(),
                    request.amount(), settlementDate(at, businessDay), at));
        } else {
            apply(new PayoutFailed(payoutId, request.merchantNo(), request.purpose(), request.serialNumber(),
                    request.amount(), settlementDate(at, businessDay), reason(result), failedAttempts + 1, at));
        }
        return progress();
    }

    /** A settlement payout belongs to its run date; a deposit refund to the date it is paid. */
    private LocalDate settlementDate(Instant at, BusinessDay businessDay) {
        return request.settlementDate() != null ? request.settlementDate() : businessDay.dateOf(at);
    }

    private static String reason(BankPayoutResult result) {
        if (result instanceof BankPayoutResult.PayeeShredded) {
            return BankPayoutResult.PayeeShredded.REASON;
        }
        if (result instanceof BankPayoutResult.Refused refused) {
            return refused.reason();
        }
        return ((BankPayoutResult.Unavailable) result).reason();
    }

    private PayoutProgress progress() {
        return new PayoutProgress(status, failedAttempts);
    }

    @EventSourcingHandler
    void on(PayoutRequested event) {
        this.payoutId = event.payoutId();
        this.request = event;
        this.status = PayoutStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(PayoutFailed event) {
        this.failedAttempts = event.attempt();
        if (BankPayoutResult.PayeeShredded.REASON.equals(event.reason())) {
            this.status = PayoutStatus.HELD;
        }
    }

    @EventSourcingHandler
    void on(PayoutCompleted event) {
        this.status = PayoutStatus.COMPLETED;
    }
}
