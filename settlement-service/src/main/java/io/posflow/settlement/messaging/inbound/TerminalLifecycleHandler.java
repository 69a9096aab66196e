package io.posflow.settlement.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * terminal.terminals.v1: subscribed now so that no record is missed, but none is applied yet (activation,
 * replacement and deregistration matter once service fees and the deposit's serial move, S4/T8). Every
 * value is still read, so an unreadable one goes to the DLT instead of being skipped silently.
 */
@Component
class TerminalLifecycleHandler implements InboundMessageHandler {

    private final IntegrationEventCodec codec;

    TerminalLifecycleHandler(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.TERMINAL_TERMINALS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        InboundEvents.read(codec, message);
    }
}
