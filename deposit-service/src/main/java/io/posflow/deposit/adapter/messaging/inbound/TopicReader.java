package io.posflow.deposit.adapter.messaging.inbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.CloudEventHeaders;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * Reads a consumed topic's records as the published language: schema-valid events of a type the topic
 * carries. Anything else can never succeed, so it goes to the topic's DLT at once.
 */
public final class TopicReader {

    private final TopicDefinition topic;
    private final IntegrationEventCodec codec;

    public TopicReader(TopicDefinition topic, IntegrationEventCodec codec) {
        this.topic = topic;
        this.codec = codec;
    }

    public String topicName() {
        return topic.name();
    }

    public IntegrationEvent read(InboundMessage message) {
        return read(message.type(), message.value());
    }

    /** Reads a Kafka record by its {@code ce_type} header (for consumers of their own, outside the inbox). */
    public IntegrationEvent read(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return read(type == null ? null : new String(type.value(), StandardCharsets.UTF_8), record.value());
    }

    /** Reads a raw record value of CloudEvents type {@code ceType}. */
    public IntegrationEvent read(String ceType, byte[] value) {
        IntegrationEvent event;
        try {
            event = codec.read(ceType, value);
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
