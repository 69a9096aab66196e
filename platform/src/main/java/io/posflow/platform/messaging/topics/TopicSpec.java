package io.posflow.platform.messaging.topics;

import java.util.Map;

/** A topic as the platform creates it: name, partitions and topic-level configs. */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + name);
        }
        configs = Map.copyOf(configs);
    }

    public static TopicSpec of(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of());
    }

    public TopicSpec deadLetterTopic() {
        return new TopicSpec(name + ".dlt", partitions, Map.of("retention.ms", "-1"));
    }
}
