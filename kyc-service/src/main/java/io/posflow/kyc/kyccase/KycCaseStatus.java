package io.posflow.kyc.kyccase;

/** OPEN until decided; a decided case is final (a resubmission opens a new round's case). */
public enum KycCaseStatus {
    OPEN, PASSED, FAILED, NEEDS_REVIEW
}
