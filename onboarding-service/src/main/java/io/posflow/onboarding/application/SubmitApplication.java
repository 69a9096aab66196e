package io.posflow.onboarding.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Opens an application (进件) whose format checks passed; personal data arrives sealed. */
public record SubmitApplication(@TargetAggregateIdentifier ApplicationId applicationId, ApplicationDetails details,
                                Instant submittedAt) {

    public SubmitApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
