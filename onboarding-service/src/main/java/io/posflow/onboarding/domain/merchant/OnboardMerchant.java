package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Creates the merchant of an approved application. Sent again for the same number (a replayed
 * approval) it changes nothing.
 *
 * @param terminalSerialNumber the stock terminal named in the application; null: one is allocated
 * @param phone                the applicant's registered phone, sealed
 */
public record OnboardMerchant(
        @TargetAggregateIdentifier MerchantNo merchantNo,
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

    public OnboardMerchant {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(mcc, "mcc");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(settlementSpeed, "settlementSpeed");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(businessAddress, "businessAddress");
        Objects.requireNonNull(onboardedAt, "onboardedAt");
    }
}
