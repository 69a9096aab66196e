package io.posflow.terminal.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.terminal.activation.ActivationCodeIssuer;
import io.posflow.terminal.activation.MerchantPhone;
import io.posflow.terminal.activation.MerchantPhoneRepository;
import io.posflow.terminal.query.TerminalViewRepository;
import io.posflow.terminal.terminal.ApplicantType;
import io.posflow.terminal.terminal.MerchantNo;
import io.posflow.terminal.terminal.SerialNumber;
import io.posflow.terminal.terminal.SettlementSpeed;
import io.posflow.terminal.terminal.TerminalModel;
import io.posflow.terminal.terminal.TerminalRuleBroken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * onboarding.merchants.v1: a MerchantOnboarded binds the stock terminal its application named and sends
 * its activation code to the merchant's phone (T2); the phone is kept sealed, as it arrived. A terminal not
 * registered yet parks the message until its registration commits. Other event types on the topic are not
 * terminal business.
 */
@Component
class MerchantEventsHandler implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(MerchantEventsHandler.class);

    private final IntegrationEventCodec codec;
    private final TerminalViewRepository terminals;
    private final MerchantPhoneRepository phones;
    private final ActivationCodeIssuer activation;

    MerchantEventsHandler(IntegrationEventCodec codec, TerminalViewRepository terminals, MerchantPhoneRepository phones,
                          ActivationCodeIssuer activation) {
        this.codec = codec;
        this.terminals = terminals;
        this.phones = phones;
        this.activation = activation;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_MERCHANTS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        if (read(message) instanceof MerchantOnboarded onboarded) {
            bind(onboarded);
        }
    }

    private IntegrationEvent read(InboundMessage message) {
        try {
            return codec.read(message.type(), message.value());
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            throw new UnreadableMessageException(e.code(), e.getMessage());
        }
    }

    private void bind(MerchantOnboarded onboarded) {
        phones.save(new MerchantPhone(MerchantNo.of(onboarded.merchantNo()).value(), onboarded.phone()));
        if (onboarded.terminalSerialNumber() == null) {
            log.info("Merchant {} named no terminal; it waits for terminal allocation", onboarded.merchantNo());
            return;
        }
        try {
            SerialNumber serial = SerialNumber.of(onboarded.terminalSerialNumber());
            if (!terminals.existsById(serial.value())) {
                throw new ReferenceNotYetKnownException(TerminalReferences.terminal(serial));
            }
            activation.bind(serial, MerchantNo.of(onboarded.merchantNo()),
                    TerminalModel.valueOf(onboarded.deviceModel().name()),
                    ApplicantType.valueOf(onboarded.applicantType().name()),
                    SettlementSpeed.valueOf(onboarded.settlementSpeed().name()));
        } catch (TerminalRuleBroken refusal) {
            // Another model, or a terminal already serving someone else: retrying cannot help, ops decide.
            throw new UnreadableMessageException(refusal.code(), refusal.getMessage());
        }
    }
}
