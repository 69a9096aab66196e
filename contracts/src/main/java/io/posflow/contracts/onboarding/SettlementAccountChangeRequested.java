package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The merchant asked to be paid to another account (O10); kyc-service verifies it as a case of subject type
 * ACCOUNT_CHANGE.
 *
 * @param changeId      the change's id, the KYC subject id
 * @param applicationId the merchant's original application, whose applicant the new account must match
 * @param applicantType decides the checks: K3/K4 for a card, K10 for a corporate account
 */
public record SettlementAccountChangeRequested(
        String merchantNo,
        String changeId,
        String applicationId,
        ApplicantType applicantType,
        SettlementAccount settlementAccount,
        List<Material> materials,
        Instant requestedAt) implements IntegrationEvent {

    public SettlementAccountChangeRequested {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(requestedAt, "requestedAt");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    @JsonIgnore
    @Override
    public String key() {
        return merchantNo;
    }
}
