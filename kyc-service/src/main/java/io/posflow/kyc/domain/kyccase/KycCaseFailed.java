package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A check failed with a definite answer. */
@Revision("1")
public record KycCaseFailed(KycCaseId caseId, SubjectType subjectType, String subjectId, int round,
                            List<KycReason> reasons, Instant decidedAt) {
}
