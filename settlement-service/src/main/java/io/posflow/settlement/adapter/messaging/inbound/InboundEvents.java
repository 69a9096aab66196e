package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;

/** Reading inbound values and naming the references messages wait for, the same in every handler. */
final class InboundEvents {

    private InboundEvents() {
    }

    /** The event in {@code message}; a value that can never be read goes to the DLT at once. */
    static IntegrationEvent read(IntegrationEventCodec codec, InboundMessage message) {
        try {
            return codec.read(message.type(), message.value());
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            throw new UnreadableMessageException(e.code(), e.getMessage());
        }
    }

    /** What a capture waits for until the merchant's MerchantOnboarded has been applied. */
    static String merchantReference(String merchantNo) {
        return "merchant:" + merchantNo;
    }

    /** What a VOID or REFUND waits for until its sale has been recorded. */
    static String saleReference(String saleId) {
        return "transaction:" + saleId;
    }
}
