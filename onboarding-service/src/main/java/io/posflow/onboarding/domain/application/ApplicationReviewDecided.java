package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Ops decided an application in MANUAL_REVIEW (O7): the audit record of who decided what and why. The
 * outcome follows as its own event (ApplicationApproved, ApplicationReturned or ApplicationRejected).
 */
@Revision("1")
public record ApplicationReviewDecided(ApplicationId applicationId, int round, ReviewDecision decision,
                                       List<Reason> reasons, String reviewer, Instant decidedAt) {
}
