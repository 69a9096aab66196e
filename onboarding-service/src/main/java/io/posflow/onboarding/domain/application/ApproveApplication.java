package io.posflow.onboarding.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Approves the application after every KYC check of {@code round} passed (O7); allocates the merchant number (O9). */
public record ApproveApplication(@TargetAggregateIdentifier ApplicationId applicationId, int round, Instant approvedAt) {

    public ApproveApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
