package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** K10: a wrong amount; {@code wrongAnswers} counts them so far. */
@Revision("1")
public record MicroDepositAnswerWrong(KycCaseId caseId, int wrongAnswers, Instant answeredAt) {
}
