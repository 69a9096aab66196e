package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A merchant exists under its number, with what its terminal, settlement and deposit need. */
@Revision("1")
public record MerchantOnboarded(
        MerchantNo merchantNo,
        String applicationId,
        ApplicantType applicantType,
        String merchantName,
        Mcc mcc,
        DeviceModel deviceModel,
        SettlementSpeed settlementSpeed,
        String terminalSerialNumber,
        SealedValue phone,
        SettlementAccount settlementAccount,
        BusinessAddress businessAddress,
        Instant onboardedAt) {
}
