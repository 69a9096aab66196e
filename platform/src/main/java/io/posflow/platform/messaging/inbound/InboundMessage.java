package io.posflow.platform.messaging.inbound;

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
}
