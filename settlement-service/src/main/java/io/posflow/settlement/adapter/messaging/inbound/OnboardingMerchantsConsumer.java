package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectShreddedException;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.domain.merchant.ChangeSettlementAccount;
import io.posflow.settlement.readmodel.state.KnownMerchant;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.merchant.NoteOwnCard;
import io.posflow.settlement.domain.merchant.OpenMerchantAccount;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * onboarding.merchants.v1: a MerchantOnboarded opens the merchant's account and releases what waited for it; a
 * SettlementAccountChanged (O10) schedules the new payee from its effectiveFrom (a change before its merchant
 * waits, parked, for the merchant). The account's personal fields are stored sealed under the merchant's data
 * subject's key — its onboarding application's (architecture §4) — when per-subject keys are on; a merchant kept from
 * before them keeps its account changes sealed as received.
 */
@Component
class OnboardingMerchantsConsumer implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(OnboardingMerchantsConsumer.class);

    private final IntegrationEventCodec codec;
    private final CommandGateway commands;
    private final SettlementCardFingerprints settlementCards;
    private final Clock clock;
    private final KnownMerchantRepository merchants;
    private final Optional<SubjectSealing> sealing;

    OnboardingMerchantsConsumer(IntegrationEventCodec codec, CommandGateway commands,
                               SettlementCardFingerprints settlementCards, Clock clock,
                               KnownMerchantRepository merchants, Optional<SubjectSealing> sealing) {
        this.sealing = sealing;
        this.merchants = merchants;
        this.codec = codec;
        this.commands = commands;
        this.settlementCards = settlementCards;
        this.clock = clock;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_MERCHANTS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (event instanceof SettlementAccountChanged changed) {
            changeAccount(changed);
            return;
        }
        // Change requests and micro-deposit answers are onboarding's and kyc's.
        if (!(event instanceof MerchantOnboarded onboarded)) {
            return;
        }
        SettlementAccountOnFile account = stored(onboarded.applicationId(), onboarded.settlementAccount());
        commands.sendAndWait(new OpenMerchantAccount(new MerchantNo(onboarded.merchantNo()),
                onboarded.applicantType(), onboarded.settlementSpeed(), onboarded.deviceModel(), account,
                clock.instant(), onboarded.applicationId()));
        // S7: a SALE on the merchant's own settlement card is a possible self-swipe.
        settlementCards.of(account).ifPresent(fingerprint -> commands.sendAndWait(new NoteOwnCard(
                new MerchantNo(onboarded.merchantNo()), fingerprint, CashOutRiskReason.SETTLEMENT_CARD_USED)));
        context.referenceArrived(AwaitedReferences.merchantReference(onboarded.merchantNo()));
    }

    private void changeAccount(SettlementAccountChanged changed) {
        KnownMerchant merchant = merchants.findById(changed.merchantNo()).orElseThrow(
                () -> new ReferenceNotYetKnownException(AwaitedReferences.merchantReference(changed.merchantNo())));
        SettlementAccountOnFile account = stored(merchant.applicationId().orElse(null), changed.settlementAccount());
        MerchantNo merchantNo = new MerchantNo(changed.merchantNo());
        commands.sendAndWait(new ChangeSettlementAccount(merchantNo, changed.changeId(), account,
                changed.effectiveFrom()));
        // S7: the new settlement card is the merchant's own card too.
        settlementCards.of(account).ifPresent(fingerprint -> commands.sendAndWait(new NoteOwnCard(merchantNo,
                fingerprint, CashOutRiskReason.SETTLEMENT_CARD_USED)));
    }

    /**
     * architecture §4: the account as settlement stores it — its personal fields sealed under the data subject's key;
     * as received (sealed for transport) when per-subject keys are off or the merchant predates them. A subject
     * already shredded gets nothing new stored: only the masked forms are kept (the message is not retried).
     */
    private SettlementAccountOnFile stored(String applicationId, SettlementAccount received) {
        SettlementAccountOnFile account = new SettlementAccountOnFile(received.accountType(), received.holderName(),
                received.cardNumber(), received.bankName(), received.branchName());
        if (sealing.isEmpty() || applicationId == null) {
            return account;
        }
        try {
            return account.storedUnder(applicationId, sealing.get());
        } catch (SubjectShreddedException shredded) {
            log.warn("Settlement account of application {} received after it was crypto-shredded: only its masked "
                    + "form is kept", applicationId);
            return new SettlementAccountOnFile(account.accountType(), maskedOnly(account.holderName()),
                    maskedOnly(account.cardNumber()), account.bankName(), account.branchName());
        }
    }

    private static SealedValue maskedOnly(SealedValue value) {
        return new SealedValue(value.masked(), "", SubjectSealing.SHREDDED_KEY_ID);
    }
}
