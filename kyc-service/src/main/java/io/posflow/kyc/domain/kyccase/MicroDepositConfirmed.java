package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** K10: the merchant stated the amount paid: the corporate account is its own. */
@Revision("1")
public record MicroDepositConfirmed(KycCaseId caseId, Instant answeredAt) {
}
