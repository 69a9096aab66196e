package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Hands the application to ops: the face check did not pass or a provider answered inconclusively (O7). */
public record RouteToManualReview(@TargetAggregateIdentifier ApplicationId applicationId, int round, List<Reason> reasons,
                                  Instant referredAt) {

    public RouteToManualReview {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(referredAt, "referredAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
