package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A RETURNED application was resubmitted; carries the whole application as it now stands.
 *
 * <p>Personal data is sealed. Present only when they apply: {@code terminalSerialNumber} (absent: one is
 * allocated), {@code businessLicence} (licensed types), {@code agent} (AGENT), {@code partnerBank}
 * (PARTNER_BANK).
 *
 * @param round the round this resubmission opens: 2, 3, …
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResubmitted(
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
        Instant resubmittedAt) implements IntegrationEvent {

    public ApplicationResubmitted {
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
        Objects.requireNonNull(resubmittedAt, "resubmittedAt");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    @JsonIgnore
    @Override
    public String key() {
        return applicationId;
    }
}
