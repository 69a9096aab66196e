package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.onboarding.ApplicantType;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** O10: a change to another account is to be verified by kyc-service (K4 for a card, K10 for a corporate account). */
@Revision("1")
public record SettlementAccountChangeRequested(MerchantNo merchantNo, AccountChangeId changeId, String applicationId,
                                               ApplicantType applicantType, SettlementAccount settlementAccount,
                                               List<AccountChangeMaterial> materials, Instant requestedAt) {
}
