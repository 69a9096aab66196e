package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Opens the settlement side of a merchant that onboarding has just created.
 *
 * @param applicationId the merchant's data subject (architecture §4): its onboarding application, whose key the
 *                      settlement account's personal fields are sealed under
 */
public record OpenMerchantAccount(@TargetAggregateIdentifier MerchantNo merchantNo, ApplicantType applicantType,
                                  SettlementSpeed settlementSpeed, DeviceModel deviceModel,
                                  SettlementAccountOnFile settlementAccount, Instant openedAt,
                                  String applicationId) {

    public OpenMerchantAccount {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(settlementSpeed, "settlementSpeed");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
