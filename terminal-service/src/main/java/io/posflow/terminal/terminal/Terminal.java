package io.posflow.terminal.terminal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A POS terminal, identified by its vendor serial number. Command handlers decide, event-sourcing
 * handlers assign; times come in the commands.
 */
@Aggregate
public class Terminal {

    @AggregateIdentifier
    private SerialNumber serialNumber;
    private TerminalModel model;
    private TerminalStatus status;
    private MerchantNo merchantNo;

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
    public void handle(BindTerminal command) {
        if (status != TerminalStatus.STOCK) {
            if (command.merchantNo().equals(merchantNo)) {
                return; // the same binding again (e.g. MerchantOnboarded re-published): already done
            }
            throw new TerminalNotInStockException(serialNumber, status);
        }
        if (command.model() != model) {
            throw new TerminalModelMismatchException(serialNumber, command.model(), model);
        }
        apply(new TerminalBound(serialNumber, command.merchantNo(), model, command.boundAt()));
    }

    @CommandHandler
    public void handle(DeregisterTerminal command) {
        if (status == TerminalStatus.DEREGISTERED) {
            return; // deregistering twice changes nothing
        }
        if (status == TerminalStatus.STOCK) {
            throw new TerminalNotBoundException(serialNumber);
        }
        apply(new TerminalDeregistered(serialNumber, merchantNo, command.deregisteredAt()));
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
        status = TerminalStatus.BOUND;
    }

    @EventSourcingHandler
    void on(TerminalDeregistered event) {
        status = TerminalStatus.DEREGISTERED;
    }
}
