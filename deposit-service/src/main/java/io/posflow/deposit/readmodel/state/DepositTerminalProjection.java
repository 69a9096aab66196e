package io.posflow.deposit.readmodel.state;

import io.posflow.deposit.domain.deposit.DepositMoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * T8: which Deposit a terminal's serial refers to. A deposit is identified by the serial it was opened
 * for; after a replacement ({@link DepositMoved}) the new serial is recorded here, so wherever a
 * serial is resolved — settlements, refund payouts, the query — the new terminal finds the same deposit.
 * A subscribing processor: the row is written in the transaction that moves the deposit, so a settlement
 * of the new terminal handled right after finds it.
 */
@Component
@ProcessingGroup(DepositTerminalProjection.PROCESSING_GROUP)
public class DepositTerminalProjection {

    public static final String PROCESSING_GROUP = "deposit-terminals";

    private final DepositTerminalRepository terminals;
    private final EventStore eventStore;

    DepositTerminalProjection(DepositTerminalRepository terminals, EventStore eventStore) {
        this.terminals = terminals;
        this.eventStore = eventStore;
    }

    /**
     * The identifier of the Deposit that terminal {@code serialNumber} holds: its own (the deposit was
     * opened for it), or the one that moved to it; empty while none is known. The event store, not the
     * asynchronous view: a message released right after the deposit opened or moved must find it.
     */
    public Optional<String> depositOf(String serialNumber) {
        Optional<String> moved = terminals.findById(serialNumber).map(DepositTerminal::depositId);
        if (moved.isPresent()) {
            return moved;
        }
        return eventStore.lastSequenceNumberFor(serialNumber).map(sequence -> serialNumber);
    }

    @EventHandler
    void on(DepositMoved event) {
        if (!terminals.existsById(event.toSerialNumber())) {
            terminals.save(new DepositTerminal(event.toSerialNumber(), event.serialNumber()));
        }
    }
}
