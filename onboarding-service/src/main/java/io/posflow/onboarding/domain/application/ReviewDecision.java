package io.posflow.onboarding.domain.application;

/** What ops may decide for an application in MANUAL_REVIEW (architecture §5 review-decision). */
public enum ReviewDecision {
    APPROVE,
    RETURN,
    REJECT
}
