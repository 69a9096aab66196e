package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Settlement knows the merchant: its speed (S2/S3), its device model (deposit, S5) and where to pay it.
 *
 * @param applicationId the merchant's data subject (architecture §4), whose key the settlement account is sealed under;
 *                      null in events stored before per-subject keys (their account is sealed for transport)
 */
@Revision("1")
public record MerchantAccountOpened(MerchantNo merchantNo, ApplicantType applicantType,
                                    SettlementSpeed settlementSpeed, DeviceModel deviceModel,
                                    SettlementAccountOnFile settlementAccount, Instant openedAt,
                                    String applicationId) {
}
