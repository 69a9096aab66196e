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
 * (D1, D2), each transaction once (D5).
 */
@Aggregate
public class Deposit {

    @AggregateIdentifier
    private SerialNumber serialNumber;
    private DepositStatus status;
    private DepositWindow window;
    private TransactionId depositTransactionId;
    private Money qualifyingVolume;
    private final Set<TransactionId> counted = new HashSet<>();

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
     */
    @CommandHandler
    void handle(RecordQualifyingVolume command) {
        if (status != DepositStatus.HELD || !counts(command.transactionId(), command.capturedAt())) {
            return;
        }
        Money volume = qualifyingVolume.plus(command.amount());
        apply(new QualifyingVolumeRecorded(serialNumber.value(), command.transactionId().value(),
                command.amount().fen(), command.capturedAt(), volume.fen()));
    }

    /** D2: captured inside the window, not the deposit swipe; D5: not counted before. */
    private boolean counts(TransactionId transaction, Instant capturedAt) {
        return window.contains(capturedAt)
                && !transaction.equals(depositTransactionId)
                && !counted.contains(transaction);
    }

    @EventSourcingHandler
    void on(DepositOpened event) {
        serialNumber = new SerialNumber(event.serialNumber());
        status = DepositStatus.HELD;
        window = new DepositWindow(event.windowStart(), event.windowEnd());
        depositTransactionId = new TransactionId(event.depositTransactionId());
        qualifyingVolume = Money.ZERO;
    }

    @EventSourcingHandler
    void on(QualifyingVolumeRecorded event) {
        counted.add(new TransactionId(event.transactionId()));
        qualifyingVolume = Money.ofFen(event.qualifyingVolumeFen());
    }
}
