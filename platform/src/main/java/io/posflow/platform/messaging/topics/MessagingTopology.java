package io.posflow.platform.messaging.topics;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a service publishes and consumes. The platform creates the owned topics and a {@code .dlt}
 * for every consumed one (DESIGN §4: owners create their topics, brokers never auto-create).
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

    public List<TopicSpec> deadLetterTopics() {
        return Stream.concat(consumed.stream(), dedicated.stream()).map(TopicSpec::deadLetterTopic).toList();
    }
}
