package io.posflow.onboarding.domain.merchant;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** K10: the merchant's answer, for kyc-service to compare with the amount it sent. */
@Revision("1")
public record AccountChangeMicroDepositAnswered(MerchantNo merchantNo, AccountChangeId changeId, long amountFen,
                                                Instant answeredAt) {
}
