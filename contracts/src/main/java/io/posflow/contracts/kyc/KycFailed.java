package io.posflow.contracts.kyc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A check failed with a definite answer: fixable problems (the application is RETURNED) or a blacklist hit (REJECTED).
 *
 * @param caseId    the KYC case, one per application round or account change
 * @param subjectId the application id (APPLICATION) or the settlement account change id (ACCOUNT_CHANGE)
 * @param round     the application round checked; 1 for an account change
 * @param reasons   what failed; at least one
 */
public record KycFailed(
        String caseId,
        KycSubjectType subjectType,
        String subjectId,
        int round,
        List<Reason> reasons,
        Instant decidedAt) implements IntegrationEvent {

    public KycFailed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1: " + round);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @JsonIgnore
    @Override
    public String key() {
        return subjectId;
    }
}
