package io.posflow.contracts.topics;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.Owners;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kafka topic of the published language.
 *
 * @param name           {@code <owner>.<stream>.v<major>}
 * @param owner          the service that creates the topic (brokers never auto-create)
 * @param keyDescription what the record key is, e.g. {@code serialNumber}
 * @param partitions     partition count; its dead-letter topic has the same
 * @param eventTypes     the events it carries
 */
public record TopicDefinition(String name, String owner, String keyDescription, int partitions,
                              List<Class<? extends IntegrationEvent>> eventTypes) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*\\.[a-z][a-z-]*\\.v[1-9][0-9]*");

    public TopicDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("topic name must be <owner>.<stream>.v<major>: " + name);
        }
        if (!Owners.isKnown(owner)) {
            throw new IllegalArgumentException("unknown owner '" + owner + "' of " + name);
        }
        Objects.requireNonNull(keyDescription, "keyDescription");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
        eventTypes = List.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException(name + " carries no events");
        }
    }

    /** The dead-letter topic each consumer creates: {@code <name>.dlt}, same partition count. */
    public String dltName() {
        return name + ".dlt";
    }

    public boolean carries(Class<? extends IntegrationEvent> eventType) {
        return eventTypes.contains(eventType);
    }
}
