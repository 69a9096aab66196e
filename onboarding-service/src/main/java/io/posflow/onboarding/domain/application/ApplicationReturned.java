package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The application has fixable problems; the applicant may resubmit. */
@Revision("1")
public record ApplicationReturned(ApplicationId applicationId, int round, List<Reason> reasons, Instant returnedAt) {
}
