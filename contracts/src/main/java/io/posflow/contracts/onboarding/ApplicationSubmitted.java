package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An application (进件) was accepted for review: every synchronous format check passed.
 *
 * <p>Personal data is sealed. Present only when they apply: {@code terminalSerialNumber} (absent: one is
 * allocated), {@code businessLicence} (licensed types), {@code agent} (AGENT), {@code partnerBank}
 * (PARTNER_BANK).
 *
 * @param round 1 for a submission
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationSubmitted(
        String applicationId,
        int round,
        Channel channel,
        ApplicantType applicantType,
        String merchantName,
        String mcc,
        BusinessAddress businessAddress,
        DeviceModel deviceModel,
        SettlementSpeed settlementSpeed,
        String terminalSerialNumber,
        Applicant applicant,
        SettlementAccount settlementAccount,
        BusinessLicence businessLicence,
        List<Material> materials,
        Agreement agreement,
        Agent agent,
        PartnerBankAttestation partnerBank,
        Instant submittedAt) implements IntegrationEvent {

    public ApplicationSubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1: " + round);
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(mcc, "mcc");
        Objects.requireNonNull(businessAddress, "businessAddress");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(settlementSpeed, "settlementSpeed");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(submittedAt, "submittedAt");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    @JsonIgnore
    @Override
    public String key() {
        return applicationId;
    }
}
