package io.posflow.deposit.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.readmodel.state.MerchantPhone;
import io.posflow.deposit.readmodel.state.MerchantPhoneRepository;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.platform.sms.SealedPhone;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * onboarding.merchants.v1: MerchantOnboarded gives the merchant's phone for the refund SMS (D3). It is
 * kept sealed under its data subject's key — the merchant's application (architecture §4) — in this message's
 * transaction, and releases refund payouts parked waiting for it. A subject shredded already keeps the masked form
 * only: the merchant's refunds still complete, without an SMS.
 */
@Component
class OnboardingMerchantsConsumer implements InboundMessageHandler {

    private final TopicReader reader;
    private final MerchantPhoneRepository phones;
    private final SealedValueCodec transport;
    private final SubjectSealing sealing;
    private final Clock clock;

    OnboardingMerchantsConsumer(IntegrationEventCodec codec, MerchantPhoneRepository phones, SealedValueCodec transport,
                     SubjectSealing sealing, Clock clock) {
        this.reader = new TopicReader(Topics.ONBOARDING_MERCHANTS, codec);
        this.phones = phones;
        this.transport = transport;
        this.sealing = sealing;
        this.clock = clock;
    }

    /** What a refund payout waits for when the merchant's phone is not known yet. */
    static String merchantReference(String merchantNo) {
        return "merchant:" + merchantNo;
    }

    @Override
    public Set<String> topics() {
        return Set.of(reader.topicName());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = reader.read(message);
        if (event instanceof MerchantOnboarded onboarded) {
            keepPhone(onboarded.merchantNo(), onboarded.applicationId(), onboarded.phone());
            context.referenceArrived(merchantReference(onboarded.merchantNo()));
        }
    }

    private void keepPhone(String merchantNo, String applicationId, SealedValue phone) {
        // Checked now, not when the SMS is due: a phone nobody here can unseal is the sender's mistake.
        if (!transport.keyIds().contains(phone.keyId())) {
            throw new UnreadableMessageException("UNKNOWN_KEY_ID",
                    "The phone of merchant " + merchantNo + " is sealed under key '" + phone.keyId()
                            + "', which this service does not hold");
        }
        SealedValue stored = SealedPhone.storable(sealing, applicationId, phone);
        phones.findById(merchantNo).ifPresentOrElse(
                known -> known.replace(applicationId, stored, clock.instant()),
                () -> phones.save(new MerchantPhone(merchantNo, applicationId, stored, clock.instant())));
    }
}
