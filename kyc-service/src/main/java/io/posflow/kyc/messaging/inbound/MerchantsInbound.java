package io.posflow.kyc.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@code onboarding.merchants.v1}. Account-change cases (O10) are not opened in this version, so every
 * readable event is acknowledged and left alone; an unreadable one still goes to the DLT.
 */
@Component
public class MerchantsInbound implements InboundMessageHandler {

    private final IntegrationEventCodec codec;

    public MerchantsInbound(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_MERCHANTS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        InboundEvents.read(codec, message);
    }
}
