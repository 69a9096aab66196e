package io.posflow.settlement.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.settlement.transaction.DepositCollected;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/** Settlement's internal events as the published language; events other services need not see map to nothing. */
@Component
class SettlementIntegrationEvents implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    SettlementIntegrationEvents(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        if (event.getPayload() instanceof DepositCollected collected) {
            return List.of(keyed(Topics.SETTLEMENT_TRANSACTIONS, new io.posflow.contracts.settlement.DepositCollected(
                    collected.transactionId().value(),
                    collected.serialNumber().value(),
                    collected.merchantNo().value(),
                    collected.deviceModel(),
                    collected.deposit().fen(),
                    collected.capturedAt())));
        }
        return List.of();
    }

    private OutboundMessage keyed(TopicDefinition topic, IntegrationEvent event) {
        return OutboundMessage.keyed(topic.name(), event.key(), EventCatalogue.of(event).ceType(), codec.write(event));
    }
}
