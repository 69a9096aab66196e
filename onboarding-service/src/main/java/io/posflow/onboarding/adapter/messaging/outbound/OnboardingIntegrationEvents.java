package io.posflow.onboarding.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.Agent;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.BusinessLicence;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.application.ApplicationApproved;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.application.ApplicationInManualReview;
import io.posflow.onboarding.domain.application.ApplicationRejected;
import io.posflow.onboarding.domain.application.ApplicationResubmitted;
import io.posflow.onboarding.domain.application.ApplicationReturned;
import io.posflow.onboarding.domain.application.ApplicationSubmitted;
import io.posflow.onboarding.domain.merchant.MerchantOnboarded;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Internal events to the published language: onboarding.applications.v1 and onboarding.merchants.v1, and the
 * partner banks' feedback ({@link PartnerBankFeedbackIntegrationEvents}).
 */
@Component
public class OnboardingIntegrationEvents implements IntegrationEventMapper {

    private static final Logger log = LoggerFactory.getLogger(OnboardingIntegrationEvents.class);

    private final IntegrationEventCodec codec;
    private final SubjectSealing sealing;
    private final PartnerBankFeedbackIntegrationEvents partnerBankFeedback;

    /** @param sealing personal data is stored under its subject's key and re-sealed for transport here (architecture §4) */
    public OnboardingIntegrationEvents(IntegrationEventCodec codec, SubjectSealing sealing,
                                       PartnerBankFeedbackIntegrationEvents partnerBankFeedback) {
        this.codec = codec;
        this.sealing = sealing;
        this.partnerBankFeedback = partnerBankFeedback;
    }

    /** The onboarding topics' records first, then the partner bank's feedback on the same fact. */
    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        List<OutboundMessage> feedback = partnerBankFeedback.map(event.getPayload());
        List<OutboundMessage> onboarding = onboarding(event);
        if (feedback.isEmpty()) {
            return onboarding;
        }
        List<OutboundMessage> all = new ArrayList<>(onboarding);
        all.addAll(feedback);
        return all;
    }

    /**
     * An event whose personal data was crypto-shredded (its data subject is gone) is not published again when
     * events are replayed: it could only go out without its sealed values, which the schema does not allow. The
     * partner bank's feedback carries no personal data and is mapped regardless.
     */
    private List<OutboundMessage> onboarding(EventMessage<?> event) {
        try {
            return mapped(event);
        } catch (SubjectShredded shredded) {
            log.info("{} {} is not published: its personal data was crypto-shredded", event.getPayloadType()
                    .getSimpleName(), event.getIdentifier());
            return List.of();
        }
    }

    private List<OutboundMessage> mapped(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof ApplicationSubmitted e) {
            return application(submitted(e));
        }
        if (payload instanceof ApplicationResubmitted e) {
            return application(resubmitted(e));
        }
        if (payload instanceof ApplicationApproved e) {
            return application(new io.posflow.contracts.onboarding.ApplicationApproved(e.applicationId().value(),
                    e.merchantNo().value(), e.approvedAt()));
        }
        if (payload instanceof ApplicationReturned e) {
            return application(new io.posflow.contracts.onboarding.ApplicationReturned(e.applicationId().value(),
                    e.round(), e.reasons(), e.returnedAt()));
        }
        if (payload instanceof ApplicationRejected e) {
            return application(new io.posflow.contracts.onboarding.ApplicationRejected(e.applicationId().value(),
                    e.round(), e.reasons(), e.rejectedAt()));
        }
        if (payload instanceof ApplicationInManualReview e) {
            return application(new io.posflow.contracts.onboarding.ApplicationInManualReview(
                    e.applicationId().value(), e.round(), e.reasons(), e.referredAt()));
        }
        if (payload instanceof MerchantOnboarded e) {
            return publish(Topics.ONBOARDING_MERCHANTS, new io.posflow.contracts.onboarding.MerchantOnboarded(
                    e.merchantNo().value(), e.applicationId(), e.applicantType(), e.merchantName(), e.mcc().value(),
                    e.deviceModel(), e.settlementSpeed(), e.terminalSerialNumber(), transport(e.phone()),
                    settlementAccount(e.settlementAccount()), businessAddress(e.businessAddress()),
                    e.onboardedAt()));
        }
        return AccountChangeIntegrationEvents.published(payload, this::transport)
                .map(p -> publish(p.topic(), p.event()))
                .orElse(List.of());
    }

    private io.posflow.contracts.onboarding.ApplicationSubmitted submitted(ApplicationSubmitted e) {
        ApplicationDetails d = e.details();
        return new io.posflow.contracts.onboarding.ApplicationSubmitted(
                e.applicationId().value(), e.round(), d.channel(), d.applicantType(), d.merchantName(),
                d.mcc().value(), businessAddress(d.businessAddress()), d.deviceModel(), d.settlementSpeed(),
                d.terminalSerialNumber(), applicant(d), settlementAccount(d.settlementAccount()), licence(d),
                materials(d), new Agreement(transport(d.signedName())), agent(d), d.partnerBank(), e.submittedAt());
    }

    private io.posflow.contracts.onboarding.ApplicationResubmitted resubmitted(ApplicationResubmitted e) {
        ApplicationDetails d = e.details();
        return new io.posflow.contracts.onboarding.ApplicationResubmitted(
                e.applicationId().value(), e.round(), d.channel(), d.applicantType(), d.merchantName(),
                d.mcc().value(), businessAddress(d.businessAddress()), d.deviceModel(), d.settlementSpeed(),
                d.terminalSerialNumber(), applicant(d), settlementAccount(d.settlementAccount()), licence(d),
                materials(d), new Agreement(transport(d.signedName())), agent(d), d.partnerBank(), e.resubmittedAt());
    }

    /**
     * Each material with what its upload recorded (digest, content type, original file name for K7).
     * Applications recorded before documents were checked carry no such facts: their materials are left out.
     */
    private static List<Material> materials(ApplicationDetails d) {
        return d.materials().stream().filter(ApplicationDetails.MaterialReference::described)
                .map(m -> new Material(m.kind(), m.documentId(), m.sha256(), m.contentType(), m.originalFileName()))
                .toList();
    }

    private Applicant applicant(ApplicationDetails d) {
        ApplicationDetails.Applicant a = d.applicant();
        return new Applicant(transport(a.name()), transport(a.idNumber()), a.idValidUntil(), transport(a.phone()));
    }

    private BusinessLicence licence(ApplicationDetails d) {
        ApplicationDetails.BusinessLicence l = d.businessLicence();
        return l == null ? null : new BusinessLicence(l.uscc(), l.validUntil(), transport(l.legalRepresentative()));
    }

    private static Agent agent(ApplicationDetails d) {
        return d.agent() == null ? null : new Agent(d.agent().agentId(), d.agent().certificateNo());
    }

    private static BusinessAddress businessAddress(io.posflow.onboarding.domain.merchant.BusinessAddress a) {
        return a == null ? null : new BusinessAddress(a.province(), a.city(), a.district(), a.street());
    }

    private SettlementAccount settlementAccount(io.posflow.onboarding.domain.merchant.SettlementAccount s) {
        return new SettlementAccount(s.accountType(), transport(s.holderName()), transport(s.cardNumber()),
                s.bankName(), s.branchName(), transport(s.reservedPhone()));
    }

    private SealedValue transport(SealedValue stored) {
        SealedValue sealed = sealing.forTransport(stored);
        if (sealed != null && SubjectSealing.SHREDDED_KEY_ID.equals(sealed.keyId())) {
            throw new SubjectShredded();
        }
        return sealed;
    }

    /** A value to publish belongs to a crypto-shredded data subject. */
    private static final class SubjectShredded extends RuntimeException {

        SubjectShredded() {
            super(null, null, false, false);
        }
    }

    private List<OutboundMessage> application(IntegrationEvent event) {
        return publish(Topics.ONBOARDING_APPLICATIONS, event);
    }

    private List<OutboundMessage> publish(TopicDefinition topic, IntegrationEvent event) {
        return List.of(OutboundMessage.keyed(topic.name(), event.key(),
                EventCatalogue.byClass(event.getClass()).ceType(), codec.write(event)));
    }
}
