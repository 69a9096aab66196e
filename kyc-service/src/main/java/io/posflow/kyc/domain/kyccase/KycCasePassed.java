package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Every check passed. Carries the subject so the published KycPassed needs nothing else. */
@Revision("1")
public record KycCasePassed(KycCaseId caseId, SubjectType subjectType, String subjectId, int round,
                            Instant decidedAt) {
}
