package io.posflow.kyc.domain.kyccase;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case of one application round (or account change) is open; its checks are due. */
@Revision("1")
public record KycCaseOpened(KycCaseId caseId, SubjectType subjectType, String subjectId, int round,
                            Instant openedAt) {
}
