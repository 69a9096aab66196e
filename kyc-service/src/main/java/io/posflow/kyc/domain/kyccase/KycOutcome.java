package io.posflow.kyc.domain.kyccase;

/** How a case is decided: every check passed, a definite failure, or a person must look at it. */
public enum KycOutcome {
    PASS, FAIL, REFER
}
