package io.posflow.onboarding.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApproveApplication;
import io.posflow.onboarding.domain.application.FailedChecks;
import io.posflow.onboarding.domain.application.RejectApplication;
import io.posflow.onboarding.domain.application.ReturnApplication;
import io.posflow.onboarding.domain.application.RouteToManualReview;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.onboarding.usecase.intake.KycVerdictReferences;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * KYC verdicts on applications (O7): passed → approve, failed → reject or return, needs review →
 * manual review. A verdict may overtake the application it decides (another service's topic); it
 * then waits, parked, for {@code application:<id>}. Verdicts on a settlement account change (O10) are
 * {@link AccountChangeVerdicts}'.
 */
@Component
public class KycVerificationsConsumer implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final ApplicationViewRepository applications;
    private final CommandGateway commands;
    private final Clock clock;
    private final AccountChangeVerdicts accountChanges;

    public KycVerificationsConsumer(IntegrationEventCodec codec, ApplicationViewRepository applications,
                                    CommandGateway commands, Clock clock, AccountChangeVerdicts accountChanges) {
        this.codec = codec;
        this.applications = applications;
        this.commands = commands;
        this.clock = clock;
        this.accountChanges = accountChanges;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.KYC_VERIFICATIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        // The recording service's clock dates the outcome, not kyc-service's decidedAt.
        Instant now = clock.instant();
        if (event instanceof KycPassed passed && isApplication(passed.subjectType())) {
            ApplicationId id = knownApplication(passed.subjectId());
            commands.sendAndWait(new ApproveApplication(id, passed.round(), now));
        } else if (event instanceof KycFailed failed && isApplication(failed.subjectType())) {
            ApplicationId id = knownApplication(failed.subjectId());
            commands.sendAndWait(FailedChecks.areFinal(failed.reasons())
                    ? new RejectApplication(id, failed.round(), failed.reasons(), now)
                    : new ReturnApplication(id, failed.round(), failed.reasons(), now));
        } else if (event instanceof KycNeedsReview review && isApplication(review.subjectType())) {
            ApplicationId id = knownApplication(review.subjectId());
            commands.sendAndWait(new RouteToManualReview(id, review.round(), review.reasons(), now));
        } else {
            accountChanges.apply(event, now);
        }
    }

    private static boolean isApplication(KycSubjectType subjectType) {
        return subjectType == KycSubjectType.APPLICATION;
    }

    private ApplicationId knownApplication(String subjectId) {
        if (!ApplicationId.isValid(subjectId)) {
            // No application can ever have this id: waiting for it would park the verdict forever.
            throw new UnreadableMessageException("SUBJECT_INVALID", "The subjectId is not an application id");
        }
        ApplicationId id = new ApplicationId(subjectId);
        if (!applications.existsById(id.value())) {
            throw new ReferenceNotYetKnownException(KycVerdictReferences.application(id));
        }
        return id;
    }
}
