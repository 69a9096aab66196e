package io.posflow.platform.messaging.topics;

import io.posflow.contracts.Owners;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a service publishes and consumes. The platform creates the owned topics and a {@code .dlt}
 * for every consumed one (architecture §4: owners create their topics, brokers never auto-create).
 *
 * @param owned     the topics the service publishes and creates
 * @param consumed  the topics the platform's inbound pipeline reads for the service's handlers
 * @param dedicated topics the service reads with a consumer of its own (for example a projection that
 *                  commits its offsets with its read model); they get a DLT, but the inbound pipeline
 *                  leaves them alone
 */
public record MessagingTopology(List<TopicSpec> owned, List<TopicSpec> consumed, List<TopicSpec> dedicated) {

    public MessagingTopology {
        owned = List.copyOf(owned);
        consumed = List.copyOf(consumed);
        dedicated = List.copyOf(dedicated);
    }

    public MessagingTopology(List<TopicSpec> owned, List<TopicSpec> consumed) {
        this(owned, consumed, List.of());
    }

    /**
     * The topology of the service {@code owner}: it owns (and creates) the catalogue's topics of that owner, kept
     * until deleted (every read model must be rebuildable, architecture §4); it consumes {@code consumed} through the
     * inbound pipeline and reads {@code readOnItsOwn} with a consumer of its own. Names are checked against the
     * catalogue.
     */
    public static MessagingTopology forOwner(String owner, List<String> consumed, List<String> readOnItsOwn) {
        if (!Owners.isKnown(owner)) {
            throw new IllegalArgumentException("spring.application.name '" + owner + "' is not an owner of the topic"
                    + " catalogue " + Owners.all() + "; define a MessagingTopology bean instead");
        }
        return new MessagingTopology(
                Topics.ownedBy(owner).stream()
                        .map(t -> new TopicSpec(t.name(), t.partitions(), Map.of("retention.ms", "-1"))).toList(),
                catalogued("posflow.platform.messaging.consumes", consumed),
                catalogued("posflow.platform.messaging.reads-on-its-own", readOnItsOwn));
    }

    private static List<TopicSpec> catalogued(String setting, List<String> names) {
        return names.stream().map(name -> Topics.byName(name)
                .map(t -> TopicSpec.of(t.name(), t.partitions()))
                .orElseThrow(() -> new IllegalArgumentException(setting + ": '" + name + "' is not in the topic catalogue "
                        + Topics.all().stream().map(TopicDefinition::name).toList()))).toList();
    }

    public List<TopicSpec> deadLetterTopics() {
        return Stream.concat(consumed.stream(), dedicated.stream()).map(TopicSpec::deadLetterTopic).toList();
    }
}
