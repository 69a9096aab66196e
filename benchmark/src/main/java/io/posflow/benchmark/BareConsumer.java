package io.posflow.benchmark;

import io.posflow.contracts.CloudEventHeaders;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.settlement.TransactionSettled;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;

/**
 * (a) The ceiling: one KafkaConsumer, all partitions assigned, from the beginning, reading and parsing
 * every record with the contracts codec (schema-validated, as deposit-service reads them) and nothing else.
 */
final class BareConsumer {

    private BareConsumer() {
    }

    static Throughput run(BenchKafka kafka, Map<TopicPartition, Long> end) {
        IntegrationEventCodec codec = kafka.codec();
        long records = 0;
        long settled = 0;
        long started = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            while (!caughtUp(consumer, end)) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : batch) {
                    IntegrationEvent event = codec.read(BenchKafka.text(record.headers(), CloudEventHeaders.TYPE),
                            record.value());
                    records++;
                    if (event instanceof TransactionSettled) {
                        settled++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Throughput("(a) bare consumer + codec", records, seconds,
                settled + " TransactionSettled among " + records + " records; all records / wall time");
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
