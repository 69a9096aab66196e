package io.posflow.deposit.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * terminal.terminals.v1: deposit-service subscribes for TerminalReplaced (T8: the deposit moves to the
 * new serial), which a later issue acts on. Records are read all the same, so an unreadable one goes to
 * the topic's DLT as on every consumed topic.
 */
@Component
class TerminalsHandler implements InboundMessageHandler {

    private final TopicReader reader;

    TerminalsHandler(IntegrationEventCodec codec) {
        this.reader = new TopicReader(Topics.TERMINAL_TERMINALS, codec);
    }

    @Override
    public Set<String> topics() {
        return Set.of(reader.topicName());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        reader.read(message);
    }
}
