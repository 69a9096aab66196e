package io.posflow.settlement.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.merchant.ChangeSettlementAccount;
import io.posflow.settlement.query.KnownMerchantRepository;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.settlement.merchant.MerchantNo;
import io.posflow.settlement.merchant.NoteOwnCard;
import io.posflow.settlement.merchant.OpenMerchantAccount;
import io.posflow.settlement.merchant.SettlementAccountOnFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * onboarding.merchants.v1: a MerchantOnboarded opens the merchant's account and releases what waited for it; a
 * SettlementAccountChanged (O10) schedules the new payee from its effectiveFrom (a change before its merchant
 * waits, parked, for the merchant).
 */
@Component
class OnboardingMerchantsHandler implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final CommandGateway commands;
    private final SettlementCardFingerprints settlementCards;
    private final Clock clock;
    private final KnownMerchantRepository merchants;

    OnboardingMerchantsHandler(IntegrationEventCodec codec, CommandGateway commands,
                               SettlementCardFingerprints settlementCards, Clock clock,
                               KnownMerchantRepository merchants) {
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
        IntegrationEvent event = InboundEvents.read(codec, message);
        if (event instanceof SettlementAccountChanged changed) {
            changeAccount(changed);
            return;
        }
        // Change requests and micro-deposit answers are onboarding's and kyc's.
        if (!(event instanceof MerchantOnboarded onboarded)) {
            return;
        }
        SettlementAccount account = onboarded.settlementAccount();
        commands.sendAndWait(new OpenMerchantAccount(new MerchantNo(onboarded.merchantNo()),
                onboarded.applicantType(), onboarded.settlementSpeed(), onboarded.deviceModel(),
                new SettlementAccountOnFile(account.accountType(), account.holderName(), account.cardNumber(),
                        account.bankName(), account.branchName()),
                clock.instant()));
        // S7: a SALE on the merchant's own settlement card is a possible self-swipe.
        settlementCards.of(account).ifPresent(fingerprint -> commands.sendAndWait(new NoteOwnCard(
                new MerchantNo(onboarded.merchantNo()), fingerprint, CashOutRiskReason.SETTLEMENT_CARD_USED)));
        context.referenceArrived(InboundEvents.merchantReference(onboarded.merchantNo()));
    }

    private void changeAccount(SettlementAccountChanged changed) {
        if (!merchants.existsById(changed.merchantNo())) {
            throw new ReferenceNotYetKnownException(InboundEvents.merchantReference(changed.merchantNo()));
        }
        SettlementAccount account = changed.settlementAccount();
        MerchantNo merchantNo = new MerchantNo(changed.merchantNo());
        commands.sendAndWait(new ChangeSettlementAccount(merchantNo, changed.changeId(),
                new SettlementAccountOnFile(account.accountType(), account.holderName(), account.cardNumber(),
                        account.bankName(), account.branchName()), changed.effectiveFrom()));
        // S7: the new settlement card is the merchant's own card too.
        settlementCards.of(account).ifPresent(fingerprint -> commands.sendAndWait(new NoteOwnCard(merchantNo,
                fingerprint, CashOutRiskReason.SETTLEMENT_CARD_USED)));
    }
}
