package io.posflow.onboarding.application;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An application was accepted for review; its personal data is sealed. {@code round} is 1. */
@Revision("1")
public record ApplicationSubmitted(ApplicationId applicationId, int round, ApplicationDetails details,
                                   Instant submittedAt) {
}
