package io.posflow.onboarding.domain.application;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** K10: the applicant's answer for the round under review, for kyc-service to compare. */
@Revision("1")
public record MicroDepositAnswered(ApplicationId applicationId, int round, long amountFen, Instant answeredAt) {
}
