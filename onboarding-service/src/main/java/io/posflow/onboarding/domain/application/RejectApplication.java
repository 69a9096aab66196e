package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Rejects the application finally, e.g. for a blacklisted ID (O7). */
public record RejectApplication(@TargetAggregateIdentifier ApplicationId applicationId, int round, List<Reason> reasons,
                                Instant rejectedAt) {

    public RejectApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
