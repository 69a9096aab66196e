package io.posflow.onboarding.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Puts a RETURNED application under review again with its corrected details (O7), which passed the format
 * checks; the applicant (its ID number) stays the same.
 *
 * @param blacklisted the (possibly changed) credit code is blacklisted: REJECTED at once
 */
public record ResubmitApplication(@TargetAggregateIdentifier ApplicationId applicationId, ApplicationDetails details,
                                  boolean blacklisted, Instant resubmittedAt) {

    public ResubmitApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(resubmittedAt, "resubmittedAt");
    }
}
