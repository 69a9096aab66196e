package io.posflow.terminal.usecase;

import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.terminal.domain.terminal.ExpireActivationCode;
import io.posflow.terminal.domain.terminal.SerialNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * T2: expires a code when its due time comes on the injected clock (a clock jump expires it just the same).
 * A code that was used or reissued meanwhile is left alone by the terminal.
 */
@Component
class ActivationCodeExpiryWork implements DueWorkHandler {

    /** Due-work kind; the key is the serial number. */
    static final String KIND = "terminal.activation-code-expiry";

    private final CommandGateway commands;

    ActivationCodeExpiryWork(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        commands.sendAndWait(new ExpireActivationCode(SerialNumber.of(work.key()), work.dueAt()));
        return DueWorkOutcome.done();
    }
}
