package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.terminal.TerminalActivated;
import io.posflow.contracts.terminal.TerminalDeregistered;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.settlement.usecase.DataCardFeeWork;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * terminal.terminals.v1: a TerminalActivated starts the terminal's yearly data-card fee (S4) — charged now and
 * on each anniversary; it is parked until the merchant is known. A TerminalDeregistered stops it. Both are
 * idempotent (the charge per terminal and period, the schedule per serial). Every other value is still read,
 * so an unreadable one goes to the DLT instead of being skipped silently.
 */
@Component
class TerminalTerminalsConsumer implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final KnownMerchantRepository merchants;
    private final DataCardFeeWork dataCardFees;

    TerminalTerminalsConsumer(IntegrationEventCodec codec, KnownMerchantRepository merchants,
                             DataCardFeeWork dataCardFees) {
        this.codec = codec;
        this.merchants = merchants;
        this.dataCardFees = dataCardFees;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.TERMINAL_TERMINALS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (event instanceof TerminalActivated activated) {
            if (!merchants.existsById(activated.merchantNo())) {
                throw new ReferenceNotYetKnownException(AwaitedReferences.merchantReference(activated.merchantNo()));
            }
            dataCardFees.activated(new MerchantNo(activated.merchantNo()), new SerialNumber(activated.serialNumber()),
                    activated.activatedAt());
        } else if (event instanceof TerminalDeregistered deregistered) {
            dataCardFees.deregistered(new SerialNumber(deregistered.serialNumber()), deregistered.deregisteredAt());
        }
    }
}
