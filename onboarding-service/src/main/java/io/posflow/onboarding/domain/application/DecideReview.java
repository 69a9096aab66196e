package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Ops decide an application in MANUAL_REVIEW (O7). RETURN and REJECT give at least one reason; APPROVE
 * may give none.
 *
 * @param reviewer who decided, for the audit trail
 */
public record DecideReview(@TargetAggregateIdentifier ApplicationId applicationId, ReviewDecision decision,
                           List<Reason> reasons, String reviewer, Instant decidedAt) {

    public DecideReview {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (decision != ReviewDecision.APPROVE && reasons.isEmpty()) {
            throw new IllegalArgumentException(decision + " needs at least one reason");
        }
    }
}
