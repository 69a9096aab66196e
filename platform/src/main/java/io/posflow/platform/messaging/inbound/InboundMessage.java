package io.posflow.platform.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;

import java.time.Instant;
import java.util.Map;

/**
 * A record as the pipeline hands it to a service: where it came from, its CloudEvents identity and
 * its raw JSON value. {@code messageId} is {@code ce_id}, or {@code topic-partition@offset} for a
 * producer that sets no CloudEvents headers.
 */
public record InboundMessage(String topic, int partition, long offset, String key, String messageId, String type,
                             Instant time, Map<String, String> headers, byte[] value) {

    public String origin() {
        return topic + "-" + partition + "@" + offset;
    }

    /**
     * The published event this record carries, read by its {@code ce_type}; a value that can never be read throws
     * {@link UnreadableMessageException}, so the record goes to its DLT at once with the codec's reason.
     */
    public IntegrationEvent event(IntegrationEventCodec codec) {
        return event(codec, type);
    }

    /** As {@link #event(IntegrationEventCodec)}, for a producer that sends no {@code ce_type}: read as {@code ceType}. */
    public IntegrationEvent event(IntegrationEventCodec codec, String ceType) {
        try {
            return codec.read(ceType, value);
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            throw new UnreadableMessageException(e.code(), e.getMessage());
        }
    }
}
