package io.posflow.deposit.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositHeld;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.domain.deposit.DepositForfeited;
import io.posflow.deposit.domain.deposit.DepositOpened;
import io.posflow.deposit.domain.deposit.DepositRefundTriggered;
import io.posflow.deposit.domain.deposit.DepositRefunded;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The Deposit's events as the published language on deposit.deposits.v1. Counted volume is not
 * published per transaction: other teams see it in DepositHeld, DepositRefundTriggered, DepositRefunded
 * and DepositForfeited. Failed refund payouts are settlement's to publish, so they stay internal.
 */
@Component
class DepositIntegrationEvents implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    DepositIntegrationEvents(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof DepositOpened opened) {
            return List.of(message(new DepositHeld(opened.serialNumber(), opened.merchantNo(), opened.depositFen(),
                    opened.windowStart(), opened.windowEnd(), 0, opened.targetFen(), opened.openedAt())));
        }
        if (payload instanceof DepositRefundTriggered triggered) {
            return List.of(message(new io.posflow.contracts.deposit.DepositRefundTriggered(triggered.serialNumber(),
                    triggered.merchantNo(), triggered.depositFen(), triggered.windowStart(), triggered.windowEnd(),
                    triggered.qualifyingVolumeFen(), triggered.targetFen(), triggered.triggeredAt())));
        }
        if (payload instanceof DepositRefunded refunded) {
            return List.of(message(new io.posflow.contracts.deposit.DepositRefunded(refunded.serialNumber(),
                    refunded.merchantNo(), refunded.depositFen(), refunded.windowStart(), refunded.windowEnd(),
                    refunded.qualifyingVolumeFen(), refunded.targetFen(), refunded.payoutId(),
                    refunded.refundedAt())));
        }
        if (payload instanceof DepositForfeited forfeited) {
            return List.of(message(new io.posflow.contracts.deposit.DepositForfeited(forfeited.serialNumber(),
                    forfeited.merchantNo(), forfeited.depositFen(), forfeited.windowStart(), forfeited.windowEnd(),
                    forfeited.qualifyingVolumeFen(), forfeited.targetFen(), forfeited.forfeitedAt())));
        }
        return List.of();
    }

    private OutboundMessage message(IntegrationEvent event) {
        return OutboundMessage.keyed(Topics.DEPOSIT_DEPOSITS.name(), event.key(),
                EventCatalogue.of(event).ceType(), codec.write(event));
    }
}
