package io.posflow.deposit.config;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.Owners;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.topics.MessagingTopology;
import io.posflow.platform.messaging.topics.TopicSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The topics this service owns (and creates) and consumes, straight from the contracts catalogue. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfig {

    @Bean
    MessagingTopology messagingTopology() {
        List<TopicDefinition> consumed = List.of(
                Topics.ONBOARDING_MERCHANTS,
                Topics.TERMINAL_TERMINALS,
                Topics.SETTLEMENT_PAYOUTS);
        return new MessagingTopology(
                Topics.ownedBy(Owners.DEPOSIT).stream().map(MessagingConfig::owned).toList(),
                consumed.stream().map(MessagingConfig::consumed).toList(),
                List.of(consumed(Topics.SETTLEMENT_TRANSACTIONS)));
    }

    /** Owned topics keep their records until deleted: every read model must be rebuildable (DESIGN §4). */
    private static TopicSpec owned(TopicDefinition topic) {
        return new TopicSpec(topic.name(), topic.partitions(), Map.of("retention.ms", "-1"));
    }

    private static TopicSpec consumed(TopicDefinition topic) {
        return TopicSpec.of(topic.name(), topic.partitions());
    }

    @Bean
    IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }
}
