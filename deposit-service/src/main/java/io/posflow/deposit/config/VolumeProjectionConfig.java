package io.posflow.deposit.config;

import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.adapter.messaging.inbound.SettlementTransactionsConsumer;
import io.posflow.deposit.readmodel.state.volume.VolumeFold;
import io.posflow.platform.projection.TopicProjection;
import io.posflow.platform.projection.TopicProjections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live deposit projection (D5, ADR 12): settlement.transactions.v1 folded by
 * {@link SettlementTransactionsConsumer} on the platform's topic projection — group
 * {@code posflow.deposit.projection}, meters {@code posflow.deposit.projection.*}, offsets stored as projection
 * {@code deposit}.
 */
@Configuration(proxyBeanMethods = false)
class VolumeProjectionConfig {

    static final String NAME = "deposit";

    @Bean
    TopicProjection<VolumeFold.Item> depositProjection(
            TopicProjections projections, SettlementTransactionsConsumer fold,
            @Value("${posflow.deposit.projection.consumers:1}") int consumers) {
        return projections.builder(NAME, Topics.SETTLEMENT_TRANSACTIONS.name()).consumers(consumers).build(fold);
    }
}
