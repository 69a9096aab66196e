package io.posflow.kyc.domain.kyccase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Opens the case of one application round (or account change); opening it again changes nothing. */
public record OpenKycCase(@TargetAggregateIdentifier KycCaseId caseId, SubjectType subjectType, String subjectId,
                          int round, Instant openedAt) {

    public OpenKycCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(openedAt, "openedAt");
        if (subjectId.isBlank()) {
            throw new IllegalArgumentException("subjectId must not be blank");
        }
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1: " + round);
        }
        if (!caseId.equals(KycCaseId.of(subjectType, subjectId, round))) {
            throw new IllegalArgumentException("caseId " + caseId + " is not the id of this subject and round");
        }
    }
}
