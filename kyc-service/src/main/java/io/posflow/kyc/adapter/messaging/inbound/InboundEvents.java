package io.posflow.kyc.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;

/** Decodes an inbound record; a value that can never be read goes to the DLT at once. */
final class InboundEvents {

    private InboundEvents() {
    }

    static IntegrationEvent read(IntegrationEventCodec codec, InboundMessage message) {
        try {
            return codec.read(message.type(), message.value());
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            throw new UnreadableMessageException(e.code(), e.getMessage());
        }
    }
}
