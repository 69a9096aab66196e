package io.posflow.deposit.messaging.inbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;

/**
 * Reads a consumed topic's records as the published language: schema-valid events of a type the topic
 * carries. Anything else can never succeed, so it goes to the topic's DLT at once.
 */
final class TopicReader {

    private final TopicDefinition topic;
    private final IntegrationEventCodec codec;

    TopicReader(TopicDefinition topic, IntegrationEventCodec codec) {
        this.topic = topic;
        this.codec = codec;
    }

    String topicName() {
        return topic.name();
    }

    IntegrationEvent read(InboundMessage message) {
        IntegrationEvent event;
        try {
            event = codec.read(message.type(), message.value());
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            throw new UnreadableMessageException(e.code(), e.getMessage());
        }
        if (!topic.carries(event.getClass())) {
            throw new UnreadableMessageException("UNEXPECTED_TYPE",
                    EventCatalogue.of(event).typeName() + " is not an event of " + topic.name());
        }
        return event;
    }
}
