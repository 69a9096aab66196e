package io.posflow.terminal.usecase;

import io.posflow.terminal.domain.terminal.Handover;
import io.posflow.terminal.domain.terminal.ReplaceTerminal;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TakeOverTerminal;
import io.posflow.terminal.domain.terminal.TerminalNotInStockException;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.readmodel.state.TerminalView;
import io.posflow.terminal.readmodel.state.TerminalViewRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * T8 (换机): the old terminal hands over and the new one takes over in one database transaction, so either both
 * happened or neither (a refusal by the new terminal rolls back the old one's TerminalReplaced). Both terminals'
 * rows are locked first, in serial order so two replacements never deadlock, and a capture on the old terminal
 * waits for the replacement to commit (it locks the same row).
 */
@Component
public class Replacements {

    private final TerminalViewRepository terminals;
    private final CommandGateway commands;
    private final Clock clock;

    Replacements(TerminalViewRepository terminals, CommandGateway commands, Clock clock) {
        this.terminals = terminals;
        this.commands = commands;
        this.clock = clock;
    }

    /** Both serials are registered terminals (the web layer answered 404 otherwise). */
    @Transactional
    public void replace(SerialNumber old, SerialNumber replacement) {
        if (old.equals(replacement)) {
            throw new TerminalNotInStockException(replacement, TerminalStatus.ACTIVE);
        }
        boolean oldFirst = old.value().compareTo(replacement.value()) < 0;
        TerminalView first = lock(oldFirst ? old : replacement);
        TerminalView second = lock(oldFirst ? replacement : old);
        TerminalView newView = oldFirst ? second : first;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Handover handover = commands.sendAndWait(new ReplaceTerminal(old, replacement, newView.model(), now));
        if (handover != null) { // null: the same replacement was done already, and its answer is given again
            commands.sendAndWait(new TakeOverTerminal(replacement, old, handover, now));
        }
    }

    private TerminalView lock(SerialNumber serial) {
        return terminals.lockBySerialNumber(serial.value())
                .orElseThrow(() -> new IllegalStateException("Terminal " + serial + " is unknown"));
    }
}
