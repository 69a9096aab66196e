package io.posflow.onboarding.config;

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
        // partner-bank.applications.v1 is owned (created) here and consumed here too, with its .dlt.
        List<TopicDefinition> consumed = List.of(Topics.KYC_VERIFICATIONS, Topics.PARTNER_BANK_APPLICATIONS);
        return new MessagingTopology(
                Topics.ownedBy(Owners.ONBOARDING).stream().map(MessagingConfig::owned).toList(),
                consumed.stream().map(t -> TopicSpec.of(t.name(), t.partitions())).toList());
    }

    /** Owned topics keep their records until deleted: every read model must be rebuildable (DESIGN §4). */
    private static TopicSpec owned(TopicDefinition topic) {
        return new TopicSpec(topic.name(), topic.partitions(), Map.of("retention.ms", "-1"));
    }

    @Bean
    IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }
}
