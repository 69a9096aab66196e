package io.posflow.onboarding.domain.application;

/** Where an application stands (O7). */
public enum ApplicationStatus {
    /** Accepted, before its KYC case is opened. */
    SUBMITTED,
    /** Its KYC case is open. */
    UNDER_REVIEW,
    /** Fixable problems: the applicant may resubmit. */
    RETURNED,
    /** Ops decide (face check not passed, inconclusive provider answer). */
    MANUAL_REVIEW,
    APPROVED,
    REJECTED
}
