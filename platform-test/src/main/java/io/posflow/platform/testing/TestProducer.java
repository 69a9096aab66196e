package io.posflow.platform.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Sends records into the real test broker as another service or a partner would: with CloudEvents
 * headers ({@code ce_id}, {@code ce_type}) when given, or raw. Each send waits for the broker's ack.
 */
public final class TestProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    /** A record with {@code ce_id} and {@code ce_type} headers (either may be null to leave it out). */
    public void send(String topic, String key, String ceType, String ceId, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        if (ceId != null) {
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        }
        if (ceType != null) {
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The test broker refused a record for " + topic, e.getCause());
        }
    }

    public void send(String topic, String key, String ceType, String ceId, String value) {
        send(topic, key, ceType, ceId, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
