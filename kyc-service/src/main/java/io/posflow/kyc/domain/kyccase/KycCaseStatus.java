package io.posflow.kyc.domain.kyccase;

/**
 * OPEN until decided; a decided case is final (a resubmission opens a new round's case). A corporate account
 * (K10) waits in MICRO_DEPOSIT_SENT, after its other checks, for the merchant's answer.
 */
public enum KycCaseStatus {
    OPEN, MICRO_DEPOSIT_SENT, PASSED, FAILED, NEEDS_REVIEW;

    /** Not decided yet. */
    public boolean isOpen() {
        return this == OPEN || this == MICRO_DEPOSIT_SENT;
    }
}
