package io.posflow.localstack;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows topics from the end they have when it starts, as another platform team would, and hands each record
 * to a sink on its own thread — nothing is kept here, so a follower can watch a busy day.
 */
final class TopicFollower implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<EventTap.Event> sink;
    private final Map<String, Integer> partitions = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    /** Returns once the starting point is fixed: every record published afterwards reaches {@code sink}. */
    TopicFollower(String bootstrap, List<String> topics, Consumer<EventTap.Event> sink, String threadName) {
        this.sink = sink;
        consumer = TopicScan.consumer(bootstrap);
        List<TopicPartition> assigned = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(i -> assigned.add(new TopicPartition(topic, i.partition())));
                partitions.put(topic, infos.size());
            }
        }
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position); // fix the starting point now, before anything happens
        poller = new Thread(this::poll, threadName);
        poller.setDaemon(true);
        poller.start();
    }

    /** How many partitions {@code topic} has (0 when it did not exist at the start). */
    int partitions(String topic) {
        return partitions.getOrDefault(topic, 0);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        sink.accept(TopicScan.event(r));
                    } catch (RuntimeException e) {
                        // one odd record must not stop the follower: what it missed shows in the figures
                        System.err.printf("%s: skipped %s-%d@%d: %s%n", poller.getName(), r.topic(), r.partition(),
                                r.offset(), e);
                    }
                }
            }
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
