package io.posflow.settlement.domain.clearing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One business date's clearing reconciliation (S8). Each run that pays the date reconciles it again (a capture
 * delivered late is matched too); a discrepancy is recorded once, and a held capture stays held until ops
 * release it.
 */
@Aggregate
public class ClearingDay {

    @AggregateIdentifier
    private ClearingDayId day;
    private final Set<String> reported = new HashSet<>();
    private final Set<String> held = new HashSet<>();
    private final Set<String> released = new HashSet<>();

    protected ClearingDay() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReconcileClearing command) {
        this.day = command.day();
        for (Reconciliation.Discrepancy d : command.reconciliation().discrepancies()) {
            if (reported.contains(key(d.transactionId(), d.kind()))) {
                continue;
            }
            boolean holds = d.kind() == Reconciliation.Kind.MISSING_FROM_CLEARING
                    || d.kind() == Reconciliation.Kind.AMOUNT_MISMATCH;
            apply(new ClearingDiscrepancyFound(command.day().businessDate(), d.transactionId(), d.kind(),
                    d.capturedAmount(), d.clearedAmount(), holds, command.reconciledAt()));
        }
    }

    /** Releasing twice is answered as once; a capture never held cannot be released. */
    @CommandHandler
    void handle(ReleaseClearingHold command) {
        if (released.contains(command.transactionId())) {
            return;
        }
        if (!held.contains(command.transactionId())) {
            throw new ClearingHoldNotFoundException(command.day(), command.transactionId());
        }
        apply(new ClearingHoldReleased(command.day().businessDate(), command.transactionId(), command.releasedAt()));
    }

    @EventSourcingHandler
    void on(ClearingDiscrepancyFound event) {
        this.day = new ClearingDayId(event.businessDate());
        reported.add(key(event.transactionId(), event.kind()));
        if (event.holds()) {
            held.add(event.transactionId());
        }
    }

    @EventSourcingHandler
    void on(ClearingHoldReleased event) {
        held.remove(event.transactionId());
        released.add(event.transactionId());
    }

    private static String key(String transactionId, Reconciliation.Kind kind) {
        return transactionId + "|" + kind;
    }
}
