package io.posflow.platform.messaging.outbound;

import java.util.Objects;

/**
 * One record to publish: topic, key, CloudEvents type and the JSON value. {@code partition} is null
 * to let the key choose, or a partition number for records that must reach every partition.
 */
public record OutboundMessage(String topic, String key, Integer partition, String type, byte[] value) {

    public OutboundMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static OutboundMessage keyed(String topic, String key, String type, byte[] value) {
        return new OutboundMessage(topic, key, null, type, value);
    }
}
