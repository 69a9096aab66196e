package io.posflow.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads every public topic from the end it finds at start, as another platform team would, keeps each
 * record, and optionally prints it as it flows (the demo).
 */
final class EventTap implements AutoCloseable {

    static final List<String> PUBLIC_TOPICS = List.of(
            "onboarding.applications.v1", "onboarding.merchants.v1", "kyc.verifications.v1",
            "terminal.terminals.v1", "terminal.transactions.v1", "settlement.transactions.v1",
            "settlement.payouts.v1", "deposit.deposits.v1", "partner-bank.application-feedback.v1");

    record Event(String topic, int partition, String key, Map<String, String> headers, String value) {

        String type() {
            String ceType = headers.get("ce_type");
            return ceType == null ? "(no ce_type)" : ceType.replaceAll("^posflow\\.[^.]+\\.(.+)\\.v\\d+$", "$1");
        }

        String id() {
            return headers.get("ce_id");
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final PrintStream printer;
    private final Thread poller;
    private volatile boolean running = true;

    EventTap(String bootstrap, PrintStream printer) {
        this.printer = printer;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : PUBLIC_TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the starting point now, before anything happens
        poller = new Thread(this::poll, "event-tap");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                Map<String, String> headers = new java.util.LinkedHashMap<>();
                for (Header h : r.headers()) {
                    headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                }
                Event event = new Event(r.topic(), r.partition(), r.key(), headers,
                        r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
                events.add(event);
                if (printer != null && !(event.type().equals("SettlementDayClosed") && r.partition() != 0)) {
                    printer.printf("  %-24s %-34s key=%s%n", event.type(), r.topic(), r.key());
                }
            }
        }
        consumer.close();
    }

    /** Waits until no event has arrived for {@code quiet} (at most {@code max}), so output follows its cause. */
    void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int seen = events.size();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < quiet.toNanos()) {
            Thread.sleep(100);
            if (events.size() != seen) {
                seen = events.size();
                quietSince = System.nanoTime();
            }
        }
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
