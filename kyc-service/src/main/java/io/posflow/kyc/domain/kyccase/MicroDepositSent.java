package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * K10: a micro-deposit was paid to the case's corporate account; the merchant has until {@code answerBy} to
 * state it. The amount is no personal data; the account it went to is not recorded here.
 */
@Revision("1")
public record MicroDepositSent(KycCaseId caseId, long amountFen, Instant sentAt, Instant answerBy,
                               List<KycReason> referrals) {
}
