package io.posflow.platform.messaging.topics;

import java.util.List;

/**
 * What a service publishes and consumes. The platform creates the owned topics and a {@code .dlt}
 * for every consumed one (DESIGN §4: owners create their topics, brokers never auto-create).
 */
public record MessagingTopology(List<TopicSpec> owned, List<TopicSpec> consumed) {

    public MessagingTopology {
        owned = List.copyOf(owned);
        consumed = List.copyOf(consumed);
    }

    public List<TopicSpec> deadLetterTopics() {
        return consumed.stream().map(TopicSpec::deadLetterTopic).toList();
    }
}
