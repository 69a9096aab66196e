package io.posflow.onboarding.domain.application;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A RETURNED application was corrected and is under review again, in {@code round} (2, 3, …). */
@Revision("1")
public record ApplicationResubmitted(ApplicationId applicationId, int round, ApplicationDetails details,
                                     Instant resubmittedAt) {
}
