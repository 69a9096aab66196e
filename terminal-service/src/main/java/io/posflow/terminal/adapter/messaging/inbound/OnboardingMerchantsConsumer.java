package io.posflow.terminal.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.terminal.domain.allocation.TerminalRequest;
import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.SettlementSpeed;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalRuleBroken;
import io.posflow.terminal.readmodel.state.TerminalViewRepository;
import io.posflow.terminal.usecase.AllocationOutcome;
import io.posflow.terminal.usecase.AllocationOutcome.AlreadyServed;
import io.posflow.terminal.usecase.AllocationOutcome.Bound;
import io.posflow.terminal.usecase.Allocations;
import io.posflow.terminal.usecase.MerchantPhones;
import io.posflow.terminal.usecase.TerminalReferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * onboarding.merchants.v1: a MerchantOnboarded gets the merchant a terminal (T2) — the stock terminal its
 * application named, or one allocated from stock of the application's model, or a place in the allocation queue
 * until one is registered — and its activation code goes to the merchant's phone, kept sealed under the
 * merchant's data subject's key (architecture §4: the application). A named
 * terminal not registered yet parks the message until its registration commits (it does not fall back to
 * allocation: the application named that device). Other event types on the topic are not terminal business.
 */
@Component
class OnboardingMerchantsConsumer implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(OnboardingMerchantsConsumer.class);

    private final IntegrationEventCodec codec;
    private final TerminalViewRepository terminals;
    private final MerchantPhones phones;
    private final Allocations allocations;

    OnboardingMerchantsConsumer(IntegrationEventCodec codec, TerminalViewRepository terminals, MerchantPhones phones,
                                Allocations allocations) {
        this.codec = codec;
        this.terminals = terminals;
        this.phones = phones;
        this.allocations = allocations;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_MERCHANTS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        if (message.event(codec) instanceof MerchantOnboarded onboarded) {
            serve(onboarded);
        }
    }

    private void serve(MerchantOnboarded onboarded) {
        MerchantNo merchantNo = MerchantNo.of(onboarded.merchantNo());
        phones.keep(merchantNo, onboarded.applicationId(), onboarded.phone());
        Optional<SerialNumber> named = named(onboarded);
        if (named.isPresent() && !terminals.existsById(named.get().value())) {
            throw new ReferenceNotYetKnownException(TerminalReferences.terminal(named.get()));
        }
        TerminalRequest request = new TerminalRequest(merchantNo,
                TerminalModel.valueOf(onboarded.deviceModel().name()),
                ApplicantType.valueOf(onboarded.applicantType().name()),
                SettlementSpeed.valueOf(onboarded.settlementSpeed().name()));
        AllocationOutcome outcome = allocations.serve(request, named);
        if (outcome instanceof Bound bound) {
            log.info("Merchant {} bound to {} terminal {}", merchantNo, bound.named() ? "its named" : "allocated",
                    bound.serialNumber());
        } else if (outcome instanceof AlreadyServed served) {
            log.info("Merchant {} has terminal {} already; nothing more is bound", merchantNo, served.serialNumber());
        } else {
            log.info("Merchant {} waits for a {} terminal to be registered", merchantNo, request.model());
        }
    }

    private static Optional<SerialNumber> named(MerchantOnboarded onboarded) {
        if (onboarded.terminalSerialNumber() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SerialNumber.of(onboarded.terminalSerialNumber()));
        } catch (TerminalRuleBroken malformed) {
            // onboarding validated the serial (T1): retrying cannot help, ops decide.
            throw new UnreadableMessageException(malformed.code(), malformed.getMessage());
        }
    }
}
