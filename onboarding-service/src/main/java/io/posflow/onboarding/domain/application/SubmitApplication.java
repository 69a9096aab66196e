package io.posflow.onboarding.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Opens an application (进件) whose format checks passed; personal data arrives sealed.
 *
 * @param applicantKey the keyed hash of the applicant's ID number, for the per-ID limits (O8)
 * @param blacklisted  the ID number or credit code is blacklisted: the application is REJECTED at once (O7)
 */
public record SubmitApplication(@TargetAggregateIdentifier ApplicationId applicationId, ApplicationDetails details,
                                String applicantKey, boolean blacklisted, Instant submittedAt) {

    public SubmitApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(applicantKey, "applicantKey");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
