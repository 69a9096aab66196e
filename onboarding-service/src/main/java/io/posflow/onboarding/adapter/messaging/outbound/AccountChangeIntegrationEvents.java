package io.posflow.onboarding.adapter.messaging.outbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.application.MicroDepositAnswered;
import io.posflow.onboarding.domain.merchant.AccountChangeMicroDepositAnswered;
import io.posflow.onboarding.domain.merchant.SettlementAccountChangeRequested;
import io.posflow.onboarding.domain.merchant.SettlementAccountChangeVerified;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * O10 and K10 in the published language: account changes and their micro-deposit answers on
 * {@code onboarding.merchants.v1}, an application's micro-deposit answer on {@code onboarding.applications.v1}.
 * Personal data goes out re-sealed for transport ({@code transport}).
 */
final class AccountChangeIntegrationEvents {

    record Published(TopicDefinition topic, IntegrationEvent event) {
    }

    private AccountChangeIntegrationEvents() {
    }

    static Optional<Published> published(Object payload, UnaryOperator<SealedValue> transport) {
        if (payload instanceof SettlementAccountChangeRequested e) {
            return merchants(new io.posflow.contracts.onboarding.SettlementAccountChangeRequested(
                    e.merchantNo().value(), e.changeId().value(), e.applicationId(), e.applicantType(),
                    account(e.settlementAccount(), transport), e.materials().stream().map(m -> new Material(m.kind(),
                    m.documentId(), m.sha256(), m.contentType(), m.originalFileName())).toList(), e.requestedAt()));
        }
        if (payload instanceof SettlementAccountChangeVerified e) {
            return merchants(new io.posflow.contracts.onboarding.SettlementAccountChanged(e.merchantNo().value(),
                    e.changeId().value(), account(e.settlementAccount(), transport), e.effectiveFrom()));
        }
        if (payload instanceof AccountChangeMicroDepositAnswered e) {
            return merchants(new io.posflow.contracts.onboarding.MicroDepositAnswered(KycSubjectType.ACCOUNT_CHANGE,
                    e.changeId().value(), caseId(KycSubjectType.ACCOUNT_CHANGE, e.changeId().value(), 1),
                    e.amountFen(), e.answeredAt(), e.merchantNo().value()));
        }
        if (payload instanceof MicroDepositAnswered e) {
            return Optional.of(new Published(Topics.ONBOARDING_APPLICATIONS,
                    new io.posflow.contracts.onboarding.MicroDepositAnswered(KycSubjectType.APPLICATION,
                            e.applicationId().value(), caseId(KycSubjectType.APPLICATION, e.applicationId().value(),
                            e.round()), e.amountFen(), e.answeredAt(), null)));
        }
        return Optional.empty();
    }

    /** kyc-service's case of the subject (one per application round, one per account change: round 1). */
    private static String caseId(KycSubjectType type, String subjectId, int round) {
        return type.name() + ":" + subjectId + ":" + round;
    }

    private static Optional<Published> merchants(IntegrationEvent event) {
        return Optional.of(new Published(Topics.ONBOARDING_MERCHANTS, event));
    }

    private static SettlementAccount account(io.posflow.onboarding.domain.merchant.SettlementAccount s,
                                             UnaryOperator<SealedValue> transport) {
        return new SettlementAccount(s.accountType(), transport.apply(s.holderName()), transport.apply(s.cardNumber()),
                s.bankName(), s.branchName(), transport.apply(s.reservedPhone()));
    }
}
