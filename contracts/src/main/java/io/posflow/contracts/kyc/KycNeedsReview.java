package io.posflow.contracts.kyc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person must decide: the face check did not pass or a provider answered inconclusively.
 *
 * @param caseId    the KYC case, one per application round or account change
 * @param subjectId the application id (APPLICATION) or the settlement account change id (ACCOUNT_CHANGE)
 * @param round     the application round checked; 1 for an account change
 * @param reasons   why; at least one
 */
public record KycNeedsReview(
        String caseId,
        KycSubjectType subjectType,
        String subjectId,
        int round,
        List<Reason> reasons,
        Instant decidedAt) implements IntegrationEvent {

    public KycNeedsReview {
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
