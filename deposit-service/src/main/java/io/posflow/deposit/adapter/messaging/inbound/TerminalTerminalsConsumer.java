package io.posflow.deposit.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.terminal.TerminalReplaced;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.domain.deposit.MoveDeposit;
import io.posflow.deposit.domain.deposit.SerialNumber;
import io.posflow.deposit.readmodel.state.DepositTerminalProjection;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * terminal.terminals.v1: TerminalReplaced moves the old terminal's deposit to the new one (T8), with its
 * amount, window, volume and status. A replacement that arrives before the old terminal's deposit is
 * parked as {@code deposit:<old serial>} until it opens (or moves there), like a settlement; once moved,
 * what was parked for the new serial is released. The other terminal events do not change a Deposit:
 * they are read (unreadable ones are dead-lettered) and left.
 */
@Component
class TerminalTerminalsConsumer implements InboundMessageHandler {

    private final TopicReader reader;
    private final CommandGateway commands;
    private final DepositTerminalProjection terminals;

    TerminalTerminalsConsumer(IntegrationEventCodec codec, CommandGateway commands,
                              DepositTerminalProjection terminals) {
        this.reader = new TopicReader(Topics.TERMINAL_TERMINALS, codec);
        this.commands = commands;
        this.terminals = terminals;
    }

    @Override
    public Set<String> topics() {
        return Set.of(reader.topicName());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = reader.read(message);
        if (event instanceof TerminalReplaced replaced) {
            replaced(replaced, context);
        }
    }

    private void replaced(TerminalReplaced replaced, InboundContext context) {
        String depositId = terminals.depositOf(replaced.serialNumber()).orElseThrow(() ->
                new ReferenceNotYetKnownException(DepositReferences.depositOf(
                        replaced.serialNumber())));
        // The same replacement again (another message id) changes nothing in the Deposit.
        commands.sendAndWait(new MoveDeposit(new SerialNumber(depositId), new SerialNumber(replaced.serialNumber()),
                new SerialNumber(replaced.newSerialNumber()), replaced.replacedAt()));
        context.referenceArrived(DepositReferences.depositOf(replaced.newSerialNumber()));
    }
}
