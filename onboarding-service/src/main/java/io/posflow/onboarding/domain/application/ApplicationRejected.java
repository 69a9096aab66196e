package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The application is finally rejected. */
@Revision("1")
public record ApplicationRejected(ApplicationId applicationId, int round, List<Reason> reasons, Instant rejectedAt) {
}
