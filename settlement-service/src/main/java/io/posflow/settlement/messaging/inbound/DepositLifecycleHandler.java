package io.posflow.settlement.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * deposit.deposits.v1: subscribed now so that no record is missed, but none is applied yet (refunds and
 * forfeitures move the deposit liability once payouts and the ledger exist, D3/D4). Every value is still
 * read, so an unreadable one goes to the DLT instead of being skipped silently.
 */
@Component
class DepositLifecycleHandler implements InboundMessageHandler {

    private final IntegrationEventCodec codec;

    DepositLifecycleHandler(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DEPOSIT_DEPOSITS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        InboundEvents.read(codec, message);
    }
}
