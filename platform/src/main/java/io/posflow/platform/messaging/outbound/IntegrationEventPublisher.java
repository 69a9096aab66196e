package io.posflow.platform.messaging.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The event pipeline's outbound end (architecture §4 "Delivery rules"): a tracking processor reads the
 * service's event store, maps each event and sends it with an idempotent producer, waiting for the
 * broker's acknowledgement, so the processor's token only moves past acknowledged records. A failed
 * send throws, the processor releases its claim and retries from its last token: nothing is lost or
 * skipped, and records re-sent after a failure are duplicates that consumers drop by {@code ce_id}.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";

    private final IntegrationEventMapper mapper;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String source;
    private final Duration ackTimeout;
    private final Counter published;
    private final Counter failures;

    public IntegrationEventPublisher(IntegrationEventMapper mapper, KafkaTemplate<String, byte[]> kafka,
                                     String serviceName, Duration ackTimeout, MeterRegistry meters) {
        this.mapper = mapper;
        this.kafka = kafka;
        this.source = "/posflow/" + serviceName;
        this.ackTimeout = ackTimeout;
        this.published = meters.counter("posflow.outbound.published");
        this.failures = meters.counter("posflow.outbound.failures");
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> event) {
        for (OutboundMessage message : mapper.map(event)) {
            send(record(event, message));
        }
    }

    /**
     * Sends one record and waits for its acknowledgement before the next is sent. Pipelining the sends
     * would be faster, but a refused record followed by an accepted one would reach the topic out of
     * order; waiting keeps every key's records in store order.
     */
    private void send(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published.increment();
        } catch (ExecutionException e) {
            failures.increment();
            throw new PublishFailedException("The broker refused a record for " + record.topic() + ": "
                    + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            failures.increment();
            throw new PublishFailedException("No acknowledgement from " + record.topic() + " within " + ackTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while waiting for an acknowledgement", e);
        }
    }

    private ProducerRecord<String, byte[]> record(EventMessage<?> event, OutboundMessage message) {
        RecordHeaders headers = new RecordHeaders();
        // ce_id is the stored event's id, stable across redelivery. Consumers drop a repeated (topic, ce_id),
        // so a fact that must reach every partition is stored as one event per partition (settlement's
        // SettlementDayClosed), not fanned out from one event.
        headers.add(CloudEventHeaders.ID, utf8(event.getIdentifier()));
        headers.add(CloudEventHeaders.TYPE, utf8(message.type()));
        headers.add(CloudEventHeaders.SOURCE, utf8(source));
        headers.add(CloudEventHeaders.SPEC_VERSION, utf8(CloudEventHeaders.SPEC_VERSION_VALUE));
        headers.add(CloudEventHeaders.TIME, utf8(event.getTimestamp().toString()));
        headers.add(CloudEventHeaders.SUBJECT, utf8(message.key()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.CONTENT_TYPE_VALUE));
        return new ProducerRecord<>(message.topic(), message.partition(), message.key(), message.value(), headers);
    }

    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
