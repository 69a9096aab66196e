package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A person must decide (face check not passed, inconclusive provider answer). */
@Revision("1")
public record KycCaseReferred(KycCaseId caseId, SubjectType subjectType, String subjectId, int round,
                              List<KycReason> reasons, Instant decidedAt) {
}
