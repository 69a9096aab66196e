package io.posflow.deposit.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.deposit.DepositOpened;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The Deposit's events as the published language on deposit.deposits.v1. Counted volume is not
 * published per transaction: other teams see it in DepositHeld, DepositRefunded and DepositForfeited.
 */
@Component
class DepositEventMapper implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    DepositEventMapper(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        if (event.getPayload() instanceof DepositOpened opened) {
            return List.of(message(new DepositHeld(opened.serialNumber(), opened.merchantNo(), opened.depositFen(),
                    opened.windowStart(), opened.windowEnd(), 0, opened.targetFen(), opened.openedAt())));
        }
        return List.of();
    }

    private OutboundMessage message(IntegrationEvent event) {
        return OutboundMessage.keyed(Topics.DEPOSIT_DEPOSITS.name(), event.key(),
                EventCatalogue.of(event).ceType(), codec.write(event));
    }
}
