package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.pii.SealedValue;
import java.time.Instant;
import java.util.Objects;

/**
 * A merchant exists: terminal-service binds (or allocates) its terminal, settlement opens its accounts,
 * deposit-service keeps the phone for SMS.
 *
 * @param terminalSerialNumber the stock terminal named in the application; absent: one is allocated
 * @param phone                sealed, {@code Mask.PHONE}: the applicant's registered phone
 * @param businessAddress      where the merchant does business
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MerchantOnboarded(
        String merchantNo,
        String applicationId,
        ApplicantType applicantType,
        String merchantName,
        String mcc,
        DeviceModel deviceModel,
        SettlementSpeed settlementSpeed,
        String terminalSerialNumber,
        SealedValue phone,
        SettlementAccount settlementAccount,
        BusinessAddress businessAddress,
        Instant onboardedAt) implements IntegrationEvent {

    public MerchantOnboarded {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(mcc, "mcc");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(settlementSpeed, "settlementSpeed");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(onboardedAt, "onboardedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return merchantNo;
    }
}
