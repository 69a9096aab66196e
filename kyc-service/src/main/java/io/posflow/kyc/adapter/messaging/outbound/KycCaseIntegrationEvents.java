package io.posflow.kyc.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.topics.Topics;
import io.posflow.kyc.domain.kyccase.KycCaseFailed;
import io.posflow.kyc.domain.kyccase.KycCasePassed;
import io.posflow.kyc.domain.kyccase.KycCaseReferred;
import io.posflow.kyc.domain.kyccase.KycReason;
import io.posflow.kyc.domain.kyccase.SubjectType;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/** Decisions are published on {@code kyc.verifications.v1}, keyed by subject; opening a case is not. */
@Component
public class KycCaseIntegrationEvents implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    public KycCaseIntegrationEvents(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        Object payload = event.getPayload();
        IntegrationEvent published;
        if (payload instanceof KycCasePassed e) {
            published = new KycPassed(e.caseId().value(), subjectType(e.subjectType()), e.subjectId(), e.round(),
                    List.of(), e.decidedAt());
        } else if (payload instanceof KycCaseFailed e) {
            published = new KycFailed(e.caseId().value(), subjectType(e.subjectType()), e.subjectId(), e.round(),
                    reasons(e.reasons()), e.decidedAt());
        } else if (payload instanceof KycCaseReferred e) {
            published = new KycNeedsReview(e.caseId().value(), subjectType(e.subjectType()), e.subjectId(),
                    e.round(), reasons(e.reasons()), e.decidedAt());
        } else {
            return List.of();
        }
        return List.of(OutboundMessage.keyed(Topics.KYC_VERIFICATIONS.name(), published.key(),
                EventCatalogue.byClass(published.getClass()).ceType(), codec.write(published)));
    }

    private static KycSubjectType subjectType(SubjectType type) {
        return switch (type) {
            case APPLICATION -> KycSubjectType.APPLICATION;
            case ACCOUNT_CHANGE -> KycSubjectType.ACCOUNT_CHANGE;
        };
    }

    private static List<Reason> reasons(List<KycReason> reasons) {
        return reasons.stream().map(r -> Reason.of(r.code(), r.message())).toList();
    }
}
