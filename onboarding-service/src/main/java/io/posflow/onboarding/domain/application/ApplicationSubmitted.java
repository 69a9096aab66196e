package io.posflow.onboarding.domain.application;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An application was accepted for review; its personal data is sealed. {@code round} is 1.
 *
 * @param applicantKey the keyed hash of the applicant's ID number (O8); null in events recorded before it
 */
@Revision("1")
public record ApplicationSubmitted(ApplicationId applicationId, int round, ApplicationDetails details,
                                   Instant submittedAt, String applicantKey) {
}
