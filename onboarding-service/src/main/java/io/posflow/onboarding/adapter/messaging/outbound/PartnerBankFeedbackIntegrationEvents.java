package io.posflow.onboarding.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.ApplicationStatus;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.partnerbank.ApplicationReceived;
import io.posflow.contracts.partnerbank.ApplicationRefused;
import io.posflow.contracts.partnerbank.ApplicationStatusChanged;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.application.ApplicationApproved;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationInManualReview;
import io.posflow.onboarding.domain.application.ApplicationRejected;
import io.posflow.onboarding.domain.application.ApplicationResubmitted;
import io.posflow.onboarding.domain.application.ApplicationReturned;
import io.posflow.onboarding.domain.application.ApplicationSubmitted;
import io.posflow.onboarding.domain.partnerbank.BankReference;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationReceived;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationRefused;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The partner banks' feedback on {@code partner-bank.application-feedback.v1} (key {@code bankCode:bankReference},
 * architecture §4): ApplicationReceived and ApplicationRefused from the intake's internal events, and an
 * ApplicationStatusChanged for every status a PARTNER_BANK application takes (O7). Other applications map to
 * nothing here.
 */
@Component
public class PartnerBankFeedbackIntegrationEvents {

    private final IntegrationEventCodec codec;
    private final ApplicationViewRepository views;

    public PartnerBankFeedbackIntegrationEvents(IntegrationEventCodec codec, ApplicationViewRepository views) {
        this.codec = codec;
        this.views = views;
    }

    public List<OutboundMessage> map(Object payload) {
        if (payload instanceof PartnerBankApplicationReceived e) {
            return feedback(new ApplicationReceived(e.bank().bankCode(), e.bank().bankReference(),
                    e.applicationId().value(), e.receivedAt()));
        }
        if (payload instanceof PartnerBankApplicationRefused e) {
            return feedback(new ApplicationRefused(e.bank().bankCode(), e.bank().bankReference(), e.errors(),
                    e.refusedAt()));
        }
        if (payload instanceof ApplicationSubmitted e) {
            return status(bank(e.details().partnerBank()), e.applicationId(), ApplicationStatus.UNDER_REVIEW,
                    List.of(), null, e.submittedAt());
        }
        if (payload instanceof ApplicationResubmitted e) {
            return status(bank(e.details().partnerBank()), e.applicationId(), ApplicationStatus.UNDER_REVIEW,
                    List.of(), null, e.resubmittedAt());
        }
        if (payload instanceof ApplicationApproved e) {
            return status(bank(e.details().partnerBank()), e.applicationId(), ApplicationStatus.APPROVED,
                    List.of(), e.merchantNo().value(), e.approvedAt());
        }
        if (payload instanceof ApplicationReturned e) {
            return status(bankOf(e.applicationId()), e.applicationId(), ApplicationStatus.RETURNED, e.reasons(), null,
                    e.returnedAt());
        }
        if (payload instanceof ApplicationRejected e) {
            return status(bankOf(e.applicationId()), e.applicationId(), ApplicationStatus.REJECTED, e.reasons(), null,
                    e.rejectedAt());
        }
        if (payload instanceof ApplicationInManualReview e) {
            return status(bankOf(e.applicationId()), e.applicationId(), ApplicationStatus.MANUAL_REVIEW, e.reasons(),
                    null, e.referredAt());
        }
        return List.of();
    }

    private static Optional<BankReference> bank(PartnerBankAttestation attestation) {
        return Optional.ofNullable(attestation).map(a -> new BankReference(a.bankCode(), a.bankReference()));
    }

    /**
     * The events after submission do not repeat who vouched; the read model keeps it from the submission,
     * which is committed before any later event of the application can be stored.
     */
    private Optional<BankReference> bankOf(ApplicationId id) {
        return views.findById(id.value()).map(ApplicationView::partnerBankKey).flatMap(BankReference::parse);
    }

    private List<OutboundMessage> status(Optional<BankReference> bank, ApplicationId id, ApplicationStatus status,
                                         List<Reason> reasons, String merchantNo, Instant changedAt) {
        return bank.map(b -> feedback(new ApplicationStatusChanged(b.bankCode(), b.bankReference(), id.value(),
                status, reasons, merchantNo, changedAt))).orElse(List.of());
    }

    private List<OutboundMessage> feedback(IntegrationEvent event) {
        return List.of(OutboundMessage.keyed(Topics.PARTNER_BANK_APPLICATION_FEEDBACK.name(), event.key(),
                EventCatalogue.byClass(event.getClass()).ceType(), codec.write(event)));
    }
}
