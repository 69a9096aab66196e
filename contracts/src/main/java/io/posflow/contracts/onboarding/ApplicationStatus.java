package io.posflow.contracts.onboarding;

/** Where an application stands (O7). */
public enum ApplicationStatus {
    SUBMITTED, UNDER_REVIEW, RETURNED, MANUAL_REVIEW, APPROVED, REJECTED
}
