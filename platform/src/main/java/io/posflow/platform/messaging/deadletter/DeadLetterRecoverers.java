package io.posflow.platform.messaging.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Builds the recoverer that writes failed records to {@code <topic>.dlt}, same partition, with the
 * reason and origin in headers. Stack traces and raw exception messages are left out: they can quote
 * the record's content, which may be personal data.
 */
public final class DeadLetterRecoverers {

    private DeadLetterRecoverers() {
    }

    public static DeadLetterPublishingRecoverer create(KafkaTemplate<String, byte[]> template, Clock clock,
                                                       MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", record.partition()));
        recoverer.excludeHeader(HeadersToAdd.EX_STACKTRACE, HeadersToAdd.EX_MSG, HeadersToAdd.EX_CAUSE);
        recoverer.setHeadersFunction((record, e) -> {
            Throwable cause = rootOf(e);
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetterHeaders.REASON, utf8(reasonOf(cause)));
            headers.add(DeadLetterHeaders.REASON_CODE, utf8(codeOf(cause)));
            headers.add(DeadLetterHeaders.ORIGIN, utf8(record.topic() + "-" + record.partition() + "@" + record.offset()));
            headers.add(DeadLetterHeaders.FAILED_AT, utf8(clock.instant().toString()));
            meters.counter("posflow.dlt.sent", "topic", record.topic(), "reason", codeOf(cause)).increment();
            return headers;
        });
        return recoverer;
    }

    static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t instanceof ListenerExecutionFailedException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String codeOf(Throwable cause) {
        return cause instanceof UnreadableMessageException u ? u.reasonCode() : "PROCESSING_FAILED";
    }

    static String reasonOf(Throwable cause) {
        String text = cause instanceof UnreadableMessageException
                ? cause.getMessage()
                : "Processing failed after retries: " + cause.getClass().getSimpleName();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
