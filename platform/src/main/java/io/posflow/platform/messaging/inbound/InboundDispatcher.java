package io.posflow.platform.messaging.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The event pipeline's inbound end (architecture §4 "Delivery rules"). Each record is applied in one
 * database transaction together with its inbox row, so a redelivered or duplicated record ({@code
 * ce_id} seen before) is skipped; a record that waits for a reference is parked and applied, in
 * order, once the reference arrives. Unreadable records and exhausted retries are the error
 * handler's business: they go to the topic's DLT.
 */
public class InboundDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    public enum Outcome { APPLIED, DUPLICATE, PARKED }

    private final Map<String, InboundMessageHandler> handlers;
    private final ReceivedMessageRepository received;
    private final ParkedMessageRepository parked;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectMapper json;
    private final BiConsumer<ConsumerRecord<String, byte[]>, Exception> deadLetters;
    private final MeterRegistry meters;

    public InboundDispatcher(List<InboundMessageHandler> handlers, ReceivedMessageRepository received,
                             ParkedMessageRepository parked, TransactionTemplate transactions, Clock clock,
                             ObjectMapper json, BiConsumer<ConsumerRecord<String, byte[]>, Exception> deadLetters,
                             MeterRegistry meters) {
        this.handlers = handlers.stream()
                .flatMap(h -> h.topics().stream().map(t -> Map.entry(t, h)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.received = received;
        this.parked = parked;
        this.transactions = transactions;
        this.clock = clock;
        this.json = json;
        this.deadLetters = deadLetters;
        this.meters = meters;
        meters.gauge("posflow.inbound.parked", parked, r -> safeCount(r));
    }

    public java.util.Set<String> topics() {
        return handlers.keySet();
    }

    public Outcome dispatch(ConsumerRecord<String, byte[]> record) {
        InboundMessage message = toMessage(record);
        Outcome outcome = apply(message, handlerFor(message.topic()));
        meters.counter("posflow.inbound.messages", "topic", message.topic(), "outcome", outcome.name().toLowerCase())
                .increment();
        return outcome;
    }

    private InboundMessageHandler handlerFor(String topic) {
        InboundMessageHandler handler = handlers.get(topic);
        if (handler == null) {
            throw new UnreadableMessageException("NO_HANDLER", "This service has no handler for topic " + topic);
        }
        return handler;
    }

    private Outcome apply(InboundMessage message, InboundMessageHandler handler) {
        String key = ReceivedMessage.keyOf(message);
        Deque<String> arrived = new ArrayDeque<>();
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> {
                if (received.existsById(key)) {
                    return Outcome.DUPLICATE;
                }
                handler.handle(message, arrived::add);
                received.save(new ReceivedMessage(key, clock.instant()));
                return Outcome.APPLIED;
            });
        } catch (ReferenceNotYetKnownException waiting) {
            // The handler's transaction rolled back; park the message in a fresh one.
            Long[] parkedId = new Long[1];
            outcome = transactions.execute(status -> {
                if (received.existsById(key)) {
                    return Outcome.DUPLICATE;
                }
                parkedId[0] = parked.save(new ParkedMessage(waiting.reference(), message, headersJson(message),
                        clock.instant())).id();
                received.save(new ReceivedMessage(key, clock.instant()));
                log.info("Parked {} ({}) until {} arrives", message.origin(), message.type(), waiting.reference());
                return Outcome.PARKED;
            });
            if (parkedId[0] != null) {
                // The reference may have arrived between the handler's check and the parking commit, and its
                // release found nothing to apply: try once more now that the parked row is visible.
                releaseOne(parkedId[0], arrived);
            }
        }
        releaseAll(arrived);
        return outcome;
    }

    /**
     * A reference became known outside the pipeline (e.g. through REST): applies what was parked
     * waiting for it. Call it after the transaction that made it known has committed.
     */
    public void referenceArrived(String reference) {
        Deque<String> arrived = new ArrayDeque<>();
        arrived.add(reference);
        releaseAll(arrived);
    }

    /**
     * Tries every parked message again. A safety net for references whose arrival was reported before a
     * handler could see it (for example through a read model that catches up asynchronously).
     */
    public void retryParked() {
        for (String reference : parked.findReferences(org.springframework.data.domain.PageRequest.of(0, 1000))) {
            referenceArrived(reference);
        }
    }

    /** Applies what waited for the arrived references, oldest first; what they make known is applied too. */
    private void releaseAll(Deque<String> arrived) {
        while (!arrived.isEmpty()) {
            String reference = arrived.poll();
            for (Long id : parked.findIdsWaitingFor(reference)) {
                releaseOne(id, arrived);
            }
        }
    }

    private void releaseOne(Long id, Deque<String> arrived) {
        Deque<String> alsoArrived = new ArrayDeque<>();
        Optional<ParkedMessage> failed = Optional.empty();
        Exception failure = null;
        try {
            transactions.executeWithoutResult(status -> parked.findById(id).ifPresent(p -> {
                InboundMessage message = p.toMessage(headers(p.headersJson()));
                handlerFor(message.topic()).handle(message, alsoArrived::add);
                parked.delete(p);
                meters.counter("posflow.inbound.released", "topic", message.topic()).increment();
            }));
            arrived.addAll(alsoArrived);
        } catch (ReferenceNotYetKnownException waiting) {
            transactions.executeWithoutResult(status -> parked.findById(id).ifPresent(p -> p.waitFor(waiting.reference())));
        } catch (RuntimeException e) {
            failure = e;
            failed = parked.findById(id);
        }
        if (failed.isPresent()) {
            ParkedMessage p = failed.get();
            InboundMessage message = p.toMessage(headers(p.headersJson()));
            log.warn("Parked message {} failed when released; sending it to the DLT: {}", message.origin(),
                    failure.toString());
            deadLetters.accept(toRecord(message), failure);
            transactions.executeWithoutResult(status -> parked.deleteById(id));
        }
    }

    private InboundMessage toMessage(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String id = headers.get(CloudEventHeaders.ID);
        String messageId = id == null || id.isBlank()
                ? record.topic() + "-" + record.partition() + "@" + record.offset()
                : id;
        return new InboundMessage(record.topic(), record.partition(), record.offset(), record.key(), messageId,
                headers.get(CloudEventHeaders.TYPE), time(headers.get(CloudEventHeaders.TIME), record.timestamp()),
                headers, record.value());
    }

    private static Instant time(String ceTime, long recordTimestamp) {
        if (ceTime != null) {
            try {
                return Instant.parse(ceTime);
            } catch (DateTimeParseException ignored) {
                // fall back to the record's timestamp
            }
        }
        return Instant.ofEpochMilli(recordTimestamp);
    }

    private static ConsumerRecord<String, byte[]> toRecord(InboundMessage message) {
        RecordHeaders headers = new RecordHeaders();
        message.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(message.topic(), message.partition(), message.offset(),
                message.time().toEpochMilli(), TimestampType.CREATE_TIME, -1, -1, message.key(), message.value(),
                headers, Optional.empty());
    }

    private String headersJson(InboundMessage message) {
        try {
            return json.writeValueAsString(message.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers are plain strings and always serialise", e);
        }
    }

    private Map<String, String> headers(String headersJson) {
        try {
            return headersJson == null ? Map.of() : json.readValue(headersJson, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers are unreadable", e);
        }
    }

    private static double safeCount(ParkedMessageRepository repository) {
        try {
            return repository.count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
