package io.posflow.platform.messaging.deadletter;

import java.time.Instant;

/** A dead-lettered record as ops see it: where it is, where it came from, why; never its content. */
public record DeadLetter(String topic, int partition, long offset, String key, String originalTopic, String origin,
                         String reasonCode, String reason, Instant failedAt, String messageId, String type,
                         int sizeBytes, boolean redriven) {
}
