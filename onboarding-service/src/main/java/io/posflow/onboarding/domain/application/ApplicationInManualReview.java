package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The application waits for an ops decision. */
@Revision("1")
public record ApplicationInManualReview(ApplicationId applicationId, int round, List<Reason> reasons, Instant referredAt) {
}
