package io.posflow.onboarding.application;

/** What ops may decide for an application in MANUAL_REVIEW (DESIGN §5 review-decision). */
public enum ReviewDecision {
    APPROVE,
    RETURN,
    REJECT
}
