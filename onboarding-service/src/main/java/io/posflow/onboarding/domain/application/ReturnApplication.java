package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Returns the application for fixable problems found in {@code round} (O7); the applicant may resubmit. */
public record ReturnApplication(@TargetAggregateIdentifier ApplicationId applicationId, int round, List<Reason> reasons,
                                Instant returnedAt) {

    public ReturnApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(returnedAt, "returnedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
